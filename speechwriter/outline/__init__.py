"""The speech being drafted: header and free fields plus a tree of role-tagged sections.

Pure Python (no Qt): `model` holds the data, `edit` the tree operations the GUI's undo commands
call, `numbering` the automatic 一、/（一）/1./（1）/一是 labels, `count` 字数 and speaking time,
`io` the `*.speech.json` file, `create` new outlines from a structure or an analysed speech.
"""
