class ConfigError(Exception):
    pass

def load(name):
    raise ConfigError("cannot load " + name)

load("settings.ini")
