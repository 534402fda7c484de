"""The editor room: the outline tree, the section and field editors, find/replace, the preview and
the 校对 panel. `edit_flows` is its door; `editor_page.EditorPage` the page the window shows."""
