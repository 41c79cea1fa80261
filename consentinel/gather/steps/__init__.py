"""Journey step verbs that gather more than one page state; the runner imports them by name."""
