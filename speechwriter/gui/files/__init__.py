"""The files room: new/open/save/import (`file_flows`, its door), autosave and crash recovery."""
