"""How much the clerk's labelled speeches count against the bundled ones."""

from speechwriter.core.adapt import CLERK_WEIGHT, MIN_WEIGHT, clerk_weight


def test_a_few_corrections_outweigh_the_bundled_data_many_still_count_double():
    assert clerk_weight(1, 37) == clerk_weight(2, 37) == CLERK_WEIGHT
    assert 2 * clerk_weight(2, 37) > 37 / 2          # two labelled speeches weigh more than half the bundled set
    assert clerk_weight(20, 37) == MIN_WEIGHT == 2
    assert clerk_weight(200, 37) == MIN_WEIGHT
    assert CLERK_WEIGHT > clerk_weight(5, 37) > MIN_WEIGHT
