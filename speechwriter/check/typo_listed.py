"""The pair-list route of the 错别字 rule (typo.py): the curated pairs of `resources/check/typos.tsv` and the
clerk's own (wordlist.py), matched as whole words; and the pairs the clerk switched off (`即然<TAB>-`),
which hold for the lexicon's routes too."""

from __future__ import annotations

from speechwriter.check.findings import Finding, Text
from speechwriter.check.lists import switched_off
from speechwriter.check.wordlist import list_findings


def listed_findings(text: Text) -> tuple[list[Finding], frozenset[str]]:
    """The findings of the lists in `text`, and the wrong forms the clerk switched off."""
    findings = list_findings(text, "typos", "typo", "“{wrong}”疑为错别字，应为“{right}”。", whole_words=True)
    return findings, switched_off("typos")
