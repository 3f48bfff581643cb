# Package state shared between modules: import order, module-level registries, __doc__, __name__ == '__main__'.
import app
print(app.__doc__, app.LOADED)
from app.util import slug
print(slug("Hello Big World"), app.LOADED)
import app.config as cfg
cfg.SETTINGS["sep"] = "_"
print(slug("Now With Underscores"))
import app.main
print(app.main.run(), app.LOADED)
import app.util.text
print(app.util.text.slug is slug, app.util.text.config is cfg)
print(__name__ == "__main__", app.main.__name__ == "__main__")
import importlib
again = importlib.import_module("app.config")
print(again is cfg, app.LOADED.count("app.config"))
print(sorted(n for n in vars(app) if not n.startswith("_")))
