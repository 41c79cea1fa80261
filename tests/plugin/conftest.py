"""Inner pytest runs for the plugin tests: pytester, plus a project builder shared by the modules."""

pytest_plugins = ["pytester"]
