"""LibreOffice as the real client of a tracked-changes .docx: its .odt (text:changed-region count)
and its own 接受全部/拒绝全部 (a Basic macro in a throw-away profile, run headless), read back as text."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

_MACRO = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub Settle(inUrl As String, outUrl As String, how As String)
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = &quot;Hidden&quot;
  args(0).Value = True
  doc = StarDesktop.loadComponentFromURL(inUrl, &quot;_blank&quot;, 0, args())
  dispatcher = createUnoService(&quot;com.sun.star.frame.DispatchHelper&quot;)
  frame = doc.getCurrentController().getFrame()
  If how = &quot;accept&quot; Then
    dispatcher.executeDispatch(frame, &quot;.uno:AcceptAllTrackedChanges&quot;, &quot;&quot;, 0, Array())
  Else
    dispatcher.executeDispatch(frame, &quot;.uno:RejectAllTrackedChanges&quot;, &quot;&quot;, 0, Array())
  End If
  Dim o(1) As New com.sun.star.beans.PropertyValue
  o(0).Name = &quot;FilterName&quot;
  o(0).Value = &quot;Text (encoded)&quot;
  o(1).Name = &quot;FilterOptions&quot;
  o(1).Value = &quot;UTF8&quot;
  doc.storeToURL(outUrl, o())
  doc.close(True)
End Sub
</script:module>
"""


def _profile(tmp: Path) -> Path:
    profile = tmp / "lo-profile"
    subprocess.run([SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--terminate_after_init"],
                   capture_output=True, timeout=180)
    (profile / "user" / "basic" / "Standard" / "Module1.xba").write_text(_MACRO, encoding="utf-8")
    return profile


def changed_regions(docx: Path, tmp: Path) -> int:
    subprocess.run([SOFFICE, f"-env:UserInstallation={(tmp / 'lo-plain').as_uri()}", "--headless",
                    "--convert-to", "odt", "--outdir", str(tmp), str(docx)], capture_output=True, timeout=180)
    with zipfile.ZipFile(tmp / (docx.stem + ".odt")) as odt:
        return len(re.findall(r"<text:changed-region\b", odt.read("content.xml").decode("utf-8")))


def settled_text(docx: Path, tmp: Path, how: str) -> list[str]:
    """The paragraphs LibreOffice shows after accepting ("accept") or rejecting ("reject") all."""
    profile = tmp / "lo-profile"
    if not profile.exists():
        _profile(tmp)
    out = tmp / f"{docx.stem}-{how}.txt"
    subprocess.run([SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    f'macro:///Standard.Module1.Settle("{docx.resolve().as_uri()}","{out.as_uri()}","{how}")'],
                   capture_output=True, timeout=180)
    return [line.strip("\ufeff\u3000 ") for line in out.read_text(encoding="utf-8").splitlines()
            if line.strip("\ufeff\u3000 ")]


def saved_again(docx: Path, tmp: Path) -> Path:
    """The .docx opened and saved again as Word 2007+ by LibreOffice (its own way of writing 修订)."""
    out = tmp / "saved-by-libreoffice"
    subprocess.run([SOFFICE, f"-env:UserInstallation={(tmp / 'lo-plain').as_uri()}", "--headless",
                    "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out), str(docx)],
                   capture_output=True, timeout=180)
    return out / docx.name
