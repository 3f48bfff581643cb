from . import _note
_note(__name__)
SETTINGS = {"debug": False}
def get(key, default=None):
    return SETTINGS.get(key, default)
