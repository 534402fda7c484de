"""The one exception type that carries a message meant for the clerk.

Every failure caused by input (a broken file, a missing field, an unwritable path) is raised as
`UserError` with one Chinese sentence naming the problem. The CLI prints it and exits 2; the GUI
shows it in a message box. Anything else is a bug and is reported as an internal fault.
"""


class UserError(Exception):
    """A problem with the user's input, explained in Chinese."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message
