"""clkarchive: mirror the China Linux Kernel Developers Conference slides and search them."""

__version__ = "0.1.0"
