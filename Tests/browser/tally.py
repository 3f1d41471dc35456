"""Pass/fail bookkeeping of the site checks: one result per page and check."""
import sys


class Tally:
    """Counts page x check results and prints each failure as it is recorded."""

    def __init__(self):
        self.passed = 0
        self.failed = 0
        self.failures = []  # (page, check, messages)

    def record(self, page, check, problems, notes=()):
        """Record one check of one page: failed when `problems` is non-empty.

        Notes (warnings, moderate axe findings, external links) are printed and never fail.
        """
        for note in notes:
            print(f"  note  {page} [{check}] {note}")
        if problems:
            self.failed += 1
            self.failures.append((page, check, list(problems)))
            for problem in problems:
                print(f"  FAIL  {page} [{check}] {problem}")
        else:
            self.passed += 1
        sys.stdout.flush()

    def guard(self, page, check, function, *args):
        """Run a check function returning (problems, notes); an exception is a failure."""
        try:
            problems, notes = function(*args)
        except Exception as error:  # a crashed check must fail, not stop the run
            problems, notes = [f"check crashed: {type(error).__name__}: {error}"], []
        self.record(page, check, problems, notes)

    def summary(self):
        """Closing line in the form CI reads: 'N passed, M failed'."""
        if self.failures:
            by_check = {}
            for _, check, _ in self.failures:
                by_check[check] = by_check.get(check, 0) + 1
            print("failed checks: " + ", ".join(f"{k} x{v}" for k, v in sorted(by_check.items())))
        print(f"{self.passed} passed, {self.failed} failed")
        return 1 if self.failed else 0
