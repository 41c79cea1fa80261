"""Facts: the plain data the gatherers return and the checks read.

Nothing here touches a page or imports Playwright: a snapshot (:mod:`.snapshot`), a consent
prompt (:mod:`.prompt`), tracking phases (:mod:`.tracking`) and a decoded IAB TCF string
(:mod:`.tcf`) are JSON-able values, saved with the evidence and re-judged later.
"""
