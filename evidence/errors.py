"""The error taxonomy: problems the user can act on versus bugs."""


class KnownError(Exception):
    """A problem with the user's input or environment, with a message the user can act on.

    Anything that is not a KnownError is a bug and is reported with its traceback.
    """
