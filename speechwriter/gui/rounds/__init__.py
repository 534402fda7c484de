"""The rounds room (修改轮次): the rounds panel, the 对照 view and bringing the leader's copy back.

`flows.RoundsFlows` is the room's one door: the main window builds it on first use and hands it the
shell's Document, Prompts and Settings. The logic lives in `speechwriter.outline.rounds` and
`speechwriter.revise` (no Qt); every change to the outline is a QUndoCommand (`commands`) calling
`Document.do_*`.
"""
