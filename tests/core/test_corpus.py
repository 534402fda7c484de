"""The shipped model on the labelled corpus it was trained on (../shared): an upper bound, printed per
speech in the test summary; the honest figures are the source-grouped cross-validation of bench/structure.py."""

import importlib.util

import pytest

from speechwriter.core import training
from speechwriter.core.analyzer import analyze_text
from tests.conftest import SHARED
from tests.core.label_agreement import RESULTS

CORPUS = SHARED / "corpus"
pytestmark = pytest.mark.skipif(not (CORPUS / "score.py").is_file(),
                                reason="../shared/corpus (labelled speeches and score.py) is not here")


def _scorer():
    spec = importlib.util.spec_from_file_location("corpus_score", CORPUS / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_shipped_model_reads_its_training_corpus():
    score = _scorer()
    total = agree = titles = 0
    examples = training.labelled_examples(CORPUS, None)
    for example in examples:
        speeches = [s.to_dict() for s in analyze_text(example.text)]
        text_n = score.norm(example.text)
        want, start = score.label_roles(text_n, example.label)
        got = score.analyser_roles(text_n, speeches)
        ok = sum(1 for i in range(start, len(text_n)) if got[i] == want[i])
        size = len(text_n) - start
        total, agree = total + size, agree + ok
        titles += score.norm(speeches[0]["title"]) == score.norm(example.label["title"])
        RESULTS.append(f"corpus {example.name}  body roles agree {ok / max(1, size):6.1%}  "
                       f"kind {speeches[0]['kind']}/{example.label['kind']}")
    RESULTS.append(f"corpus: body roles agree {agree / total:.1%} over {total} characters")
    assert agree / total >= 0.95
    assert titles >= 0.9 * len(examples)
