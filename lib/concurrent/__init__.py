"""The concurrent package (gilpy): only concurrent.futures."""
