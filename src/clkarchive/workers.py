"""Worker processes: how many run at once."""


def count(configured: int) -> int:
    """The config's number of workers, else one per core."""
    import os

    return configured or os.cpu_count() or 1
