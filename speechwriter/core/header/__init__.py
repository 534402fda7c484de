"""The lines above a speech's body: title, subtitle, speaker, date, and the salutation (称呼).

One module per concern: `words` (what a title-block line's words say), `salutation`, `speaker_date`
(who speaks and when), `page` (the web page's own lines), `page_noise` (those of them set aside
before the header is read), `title` (what can be a title line), `title_block` (the passes over a
title block), `clerk` (the rules after the header model) and `classify` (the rule reading without
the model). The names below are the package's interface.
"""

from __future__ import annotations

from speechwriter.core.header.classify import classify_header
from speechwriter.core.header.clerk import clerk_header_tags, no_body_before
from speechwriter.core.header.page import (
    asks_about_speech,
    is_collection_title,
    is_page_furniture,
    is_page_notice,
    is_page_ui,
    keywords_of_another_line,
)
from speechwriter.core.header.page_noise import PAGE_REACH, is_page_line, page_lines_above
from speechwriter.core.header.salutation import (
    ADDRESSEES,
    addresses_hearers,
    continues_salutation,
    greets_hearers,
    is_salutation,
)
from speechwriter.core.header.speaker_date import (
    can_be_speaker,
    ends_with_name,
    is_date_line,
    is_name_line,
    is_speaker_line,
    names_of_people,
    placeholder_unit,
    position_and_person,
    speaker_field,
)
from speechwriter.core.header.title import can_be_title
from speechwriter.core.header.words import (
    is_header_like,
    is_subtitle_line,
    looks_like_speech_title,
    names_whole_speech,
    part_marker_title,
)

__all__ = [
    "ADDRESSEES",
    "PAGE_REACH",
    "addresses_hearers",
    "asks_about_speech",
    "can_be_speaker",
    "can_be_title",
    "classify_header",
    "clerk_header_tags",
    "continues_salutation",
    "ends_with_name",
    "greets_hearers",
    "is_collection_title",
    "is_date_line",
    "is_header_like",
    "is_name_line",
    "names_of_people",
    "is_page_furniture",
    "is_page_line",
    "is_page_notice",
    "is_page_ui",
    "is_salutation",
    "is_speaker_line",
    "is_subtitle_line",
    "keywords_of_another_line",
    "looks_like_speech_title",
    "names_whole_speech",
    "no_body_before",
    "page_lines_above",
    "part_marker_title",
    "placeholder_unit",
    "position_and_person",
    "speaker_field",
]
