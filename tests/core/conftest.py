from tests.core.label_agreement import RESULTS


def pytest_terminal_summary(terminalreporter):
    if RESULTS:
        terminalreporter.section("analyser vs hand labels")
        for line in RESULTS:
            terminalreporter.write_line(line)
