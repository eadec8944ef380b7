"""The hand-written async half of the facade: the one source of every client's I/O.

``scripts/generate.py`` writes its sync twin, ``mljobs._sync``, from these modules with unasync
(``AsyncPaginator`` -> ``Paginator``, ``await`` removed, ...). Edit these, never ``_sync/``.
"""
