from .. import _note
_note(__name__)
from .text import slug
