from plugkit import register
raise RuntimeError("plugin failed to initialise")
