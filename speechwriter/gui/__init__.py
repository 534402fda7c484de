"""The PySide6 window: a thin layer over the pure outline/render/core packages.

Models wrap core objects (outline_model), undo commands change them (commands), views show them.
Long work runs on worker threads (workers). Nothing outside this package imports Qt.
"""
