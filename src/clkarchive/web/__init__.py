"""The web side: a local server that searches the archive and shows the slides."""

from clkarchive.web.app import Settings, check_settings, create_app, serve

__all__ = ["Settings", "check_settings", "create_app", "serve"]
