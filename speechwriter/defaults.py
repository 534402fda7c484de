"""The one home of the values a new speech starts from, for the CLI, the outline code and the window.

Settings may override the speaking rate per clerk; an outline file carries its own values. These are
what applies when nothing else says otherwise.
"""

from __future__ import annotations

SPEAKING_RATE = 220            # 字/分: the pace of a leader reading a manuscript aloud (team's agreed figure)
RATE_RANGE = (60, 600)         # a rate outside this is a typing slip, not a speaker
KIND = "领导讲话"               # 文种 of a speech nobody classified
TEMPLATE = "讲话稿"             # the built-in template every speech renders with unless it names another


def valid_rate(rate: object) -> int:
    """A speaking rate as a whole number in RATE_RANGE, else the default."""
    try:
        value = int(rate)  # type: ignore[call-overload]  # anything a settings file or JSON holds
    except (TypeError, ValueError):
        return SPEAKING_RATE
    return value if RATE_RANGE[0] <= value <= RATE_RANGE[1] else SPEAKING_RATE
