"""The reading room: how the analyser read a speech, and the clerk's corrections (`reading_flows`, its door)."""
