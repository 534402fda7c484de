"""The clerk's word list (加入词表, `check --wordlist`) and the one registry of rules."""

import json

from speechwriter.check import RULE_IDS, RULE_NAMES, check_text
from speechwriter.check.lists import add_clerk_word, clerk_words, clerk_words_file
from speechwriter.check.rules import RULES, label
from tests.conftest import run_cli

SLIP = "同志们：\n请师傅按装空调，要认真布署工作。"


def test_a_word_added_is_never_flagged_again_and_the_list_survives():
    assert ("按装", "安装") in [(f.text, f.suggestion) for f in check_text(SLIP)]
    add_clerk_word("按装")
    add_clerk_word("按装")   # twice: kept once
    assert clerk_words() == {"按装"}
    assert "按装" not in [f.text for f in check_text(SLIP)]
    assert "布署" in [f.text for f in check_text(SLIP)]   # the rest is still checked
    lines = clerk_words_file().read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("#") and lines[1:] == ["按装"]


def test_a_word_inside_a_longer_name_is_protected_there():
    text = "国寿客服中心要抓好服务。"
    assert check_text(text, words=frozenset({"国寿客服中心"})) == [f for f in check_text(text) if f.rule not in
                                                              ("typo", "term", "usage", "repeat")]


def test_cli_wordlist_file(tmp_path):
    speech = tmp_path / "讲话.txt"
    speech.write_text(SLIP, encoding="utf-8")
    words = tmp_path / "词表.txt"
    words.write_text("# 本单位\n按装\n", encoding="utf-8")
    plain = json.loads(run_cli("check", speech, "--json").stdout)["files"][0]["findings"]
    listed = json.loads(run_cli("check", speech, "--json", "--wordlist", words).stdout)["files"][0]["findings"]
    assert "按装" in [f["text"] for f in plain] and "按装" not in [f["text"] for f in listed]
    missing = run_cli("check", speech, "--wordlist", tmp_path / "没有.txt")
    assert missing.returncode == 2 and "词表" in missing.stderr and "Traceback" not in missing.stderr


def test_one_registry_of_rules():
    assert RULE_IDS == tuple(r.id for r in RULES) and len(set(RULE_IDS)) == len(RULE_IDS)
    assert RULE_NAMES["sample_text"] == "范文原话" and RULE_NAMES["pairs"] == "成对标点" and RULE_NAMES["usage"] == "易混用法"
    assert label("typo") == "[错别字·提醒]" and label("date", "error") == "[日期·错误]"
    for r in RULES:
        assert r.severity in ("error", "warning", "info") and r.name and r.what


def test_cli_listing_names_rules_from_the_registry(tmp_path):
    speech = tmp_path / "讲话.txt"
    speech.write_text("同志们：\n截止目前，已完成××任务。\n", encoding="utf-8")
    out = run_cli("check", speech).stdout
    assert "[易混用法·提醒]" in out and "[占位符·错误]" in out
