"""`typo`: common 公文 misspellings, from `resources/check/typos.tsv` + the clerk's list."""

from speechwriter.check.model import Text
from speechwriter.check.wordlist import list_findings


def check(text: Text):
    return list_findings(text, "typos", "typo", "“{wrong}”疑为错别字，应为“{right}”。")
