from .. import _note, config
_note(__name__)
def slug(s):
    sep = config.get("sep", "-")
    return sep.join(s.lower().split())
