"""Found only after its directory is added to sys.path."""
PLUGIN = "alpha"
