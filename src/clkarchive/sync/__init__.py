"""The sync side: mirror each source, read its decks, and publish what changed to the index."""

from clkarchive.sync.pictures_step import apply_agenda
from clkarchive.sync.run import append_log, sync, sync_lock

__all__ = ["append_log", "apply_agenda", "sync", "sync_lock"]
