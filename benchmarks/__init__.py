"""The benchmark suite of issue 15: ``python benchmarks/run.py`` measures P1-P7 side by side in one run.

Not part of the test run (``tests/test_benchmarks.py`` only runs these definitions on tiny sizes so they
cannot rot). Everything here drives mljobs through its public API (``mljobs.<Vendor>(...)``,
``client.jobs.list/get/wait_all``, ``mljobs.testing``) and raw httpx for the baselines, so the suite keeps
measuring while the facade changes underneath it. The one private hook is isolated in
:func:`benchmarks.figures.no_jitter`.

- ``_harness``: sizes, shuffled rounds, medians and ranges, deadlines, progress lines, the machine.
- ``_simproc``: a simulator served in a process of its own, so the server costs every way the same.
- ``_raw``: the raw httpx baselines (the same requests the facade sends, plus ``json.loads``).
- ``figures``: the definitions of P1-P7, each returning a :class:`benchmarks._harness.Figure`.
- ``run``: the command line (table, ``--json``, ``--quick``, exit status).
"""
