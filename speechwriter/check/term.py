"""`term`: wrong forms of standard formulations (规范表述), from `resources/check/terms.tsv` + the clerk's list."""

from speechwriter.check.model import Text
from speechwriter.check.wordlist import list_findings


def check(text: Text):
    return list_findings(text, "terms", "term", "“{wrong}”不是规范表述，应为“{right}”。")
