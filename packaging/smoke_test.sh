#!/usr/bin/env bash
# Smoke test of the .deb (`make deb`), run by .ci/run after `make test`:
#   packaging/smoke_test.sh dist/speechwriter_<version>_amd64.deb
# Extracts the package into a temporary root and, with a bare environment (env -i: no venv, no
# PYTHONPATH, PATH=/usr/bin:/bin), runs analyze, structures, new, render to .docx and .pdf and check
# from it, and starts the window offscreen (and under Xvfb's real X server when xvfb-run is there) until its
# first frame and the start-up work (jieba's dictionary, templates, structures) are done.
# With CI=true or SPEECHWRITER_TEST_DPKG=1, as root, it also installs the package with dpkg -i, runs
# /usr/bin/speechwriter, removes it with dpkg -r and checks that every installed file is gone; it
# never does so when a speechwriter package is already installed (a developer's own copy).
set -uo pipefail

deb=${1:?usage: smoke_test.sh PACKAGE.deb}
deb=$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")
here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
checker=${SMOKE_PYTHON:-python3}   # only reads the outputs; the app itself never runs under it
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0

ok() { passed=$((passed + 1)); echo "ok    $1"; }
bad() { failed=$((failed + 1)); echo "FAIL  $1"; [ -n "${2:-}" ] && sed 's/^/      /' <<<"$2" | tail -n 25; }
check() { local name=$1; shift; local out; if out=$("$@" 2>&1); then ok "$name"; else bad "$name" "$out"; fi; }
bare() { env -i HOME="$tmp/home" PATH=/usr/bin:/bin LANG=C.UTF-8 "$@"; }

version=$("$repo/packaging/version.sh")
mkdir -p "$tmp/home" "$tmp/work"
dpkg-deb -x "$deb" "$tmp/root" || { echo "FAIL  dpkg-deb -x $deb"; exit 1; }
opt="$tmp/root/opt/speechwriter"
ln -s "$opt/speechwriter" "$tmp/speechwriter"   # started through a link, as /usr/bin/speechwriter is
cli="$tmp/speechwriter"
cd "$tmp/work"

# --- the package itself ----------------------------------------------------------------------
check "control: speechwriter $version, amd64" test "$(dpkg-deb -f "$deb" Package Version Architecture | tr '\n' ' ')" = "Package: speechwriter Version: $version Architecture: amd64 "
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libxcb-cursor0 libegl1 libgl1 libfontconfig1 libdbus-1-3; do
    check "Depends names $lib" grep -q "\b$lib\b" <<<"$depends"
done
check "/usr/bin/speechwriter -> /opt/speechwriter/speechwriter" test "$(readlink "$tmp/root/usr/bin/speechwriter")" = /opt/speechwriter/speechwriter
desktop="$tmp/root/usr/share/applications/speechwriter.desktop"
check "desktop entry 讲稿助手 in Office, for .speech.json" grep -qzP 'Name=讲稿助手\n(.|\n)*Exec=/opt/speechwriter/speechwriter-gui %f(.|\n)*Categories=Office;(.|\n)*MimeType=application/x-speechwriter-outline;' "$desktop"
command -v desktop-file-validate >/dev/null && check "desktop entry validates" desktop-file-validate "$desktop"
check "mime type *.speech.json" grep -q '<glob pattern="\*.speech.json"' "$tmp/root/usr/share/mime/packages/speechwriter.xml"
check "icon in hicolor" test -s "$tmp/root/usr/share/icons/hicolor/scalable/apps/speechwriter.svg"
check "Chinese Qt translation carried" test -s "$opt/_internal/PySide6/Qt/translations/qtbase_zh_CN.qm"
check "no unused Qt module carried" test -z "$(find "$opt/_internal/PySide6" -maxdepth 1 -name 'Qt*.so' ! -name 'QtCore.*' ! -name 'QtGui.*' ! -name 'QtWidgets.*' ! -name 'QtPrintSupport.*')"

# --- the command line from the extracted package, bare environment -----------------------------
sample=$(find "$opt/_internal/speechwriter/_data/resources/samples" -name '*.txt' | sort | head -n1)
check "--version" grep -qx "speechwriter $version" <(bare "$cli" --version)
check "analyze a bundled sample" bash -c "$(declare -f bare); tmp='$tmp'; bare '$cli' analyze --json '$sample' | '$checker' -c 'import json,sys; s=json.load(sys.stdin)[\"speeches\"]; assert s and s[0][\"sections\"], s'"
id=$(bare "$cli" structures --json | "$checker" -c 'import json,sys; print(json.load(sys.stdin)["structures"][0]["id"])')
check "structures lists the learned structures" test -n "$id"
check "new --structure $id" bare "$cli" new --structure "$id" -o 讲话.speech.json
check "render to .docx" bare "$cli" render 讲话.speech.json -o 讲话.docx --set 标题=冒烟测试讲话 --set 会议名称=全市冒烟测试会议 --set 日期=2026年11月30日 --set 单位=市冒烟测试局
check "the .docx holds the title and the page-number footer" "$checker" -c '
import sys, zipfile
z = zipfile.ZipFile("讲话.docx"); body = z.read("word/document.xml").decode()
assert "冒烟测试讲话" in body, "title missing"
assert any(n.startswith("word/footer") for n in z.namelist()), "no footer part"'
check "render to .pdf (Qt's painter, no display)" bare "$cli" render 讲话.speech.json -o 讲话.pdf --set 标题=冒烟测试讲话 --set 会议名称=全市冒烟测试会议 --set 日期=2026年11月30日 --set 单位=市冒烟测试局
if command -v pdftotext >/dev/null; then
    check "the .pdf holds the title" grep -q 冒烟测试讲话 <(pdftotext 讲话.pdf - 2>/dev/null)
else
    check "the .pdf is a PDF" grep -q '^%PDF' <(head -c 8 讲话.pdf)
fi
check "check (校对) finds the outline's unfilled placeholders" grep -q 占位符 <(bare "$cli" check 讲话.speech.json)
check "bad input: one Chinese sentence, exit 2" bash -c "$(declare -f bare); tmp='$tmp'; bare '$cli' render 没有这个文件.speech.json -o x.docx 2>err.txt; test \$? -eq 2 && test \$(wc -l <err.txt) -eq 1 && grep -qP '\p{Han}' err.txt"

# --- the window, until its first frame and the start-up work are done ---------------------------
window() {   # window NAME PROGRAM [ARGS...]: env beyond the bare one comes from the caller's `extra`
    local name=$1; shift
    local out
    out=$(timeout 180 env -i HOME="$tmp/home" PATH=/usr/bin:/bin LANG=C.UTF-8 "${extra[@]}" \
          SPEECHWRITER_QUIT_AFTER_FIRST_FRAME=1 SPEECHWRITER_DEBUG=1 "$@" 2>&1)
    local status=$?
    if [ $status -eq 0 ] && grep -q "speechwriter: first frame" <<<"$out" \
       && grep -q "speechwriter: start-up work done" <<<"$out" && ! grep -q Traceback <<<"$out"; then
        ok "$name"
    else
        bad "$name (exit $status)" "$out"
    fi
}
extra=(QT_QPA_PLATFORM=offscreen)
window "window offscreen: first frame, start-up work done" "$cli"
window "speechwriter-gui starts with a .speech.json" "$opt/speechwriter-gui" "$tmp/work/讲话.speech.json"
check "… and opened it (it is in the recent files)" grep -q "recent=.*$tmp/work/讲话.speech.json" "$tmp/home/.config/speechwriter/gui.ini"
if command -v xvfb-run >/dev/null; then
    # the real xcb platform against the system's X libraries (the ones the Depends name)
    out=$(timeout 180 xvfb-run -a -s "-screen 0 1280x800x24" bash -c \
          "env -i HOME='$tmp/home' PATH=/usr/bin:/bin LANG=C.UTF-8 DISPLAY=\"\$DISPLAY\" XAUTHORITY=\"\$XAUTHORITY\" \
           QT_QPA_PLATFORM=xcb SPEECHWRITER_QUIT_AFTER_FIRST_FRAME=1 SPEECHWRITER_DEBUG=1 '$cli'" 2>&1)
    if grep -q "speechwriter: start-up work done" <<<"$out" && ! grep -q Traceback <<<"$out"; then
        ok "window on an X server (xcb, Xvfb)"
    else
        bad "window on an X server (xcb, Xvfb)" "$out"
    fi
else
    echo "skip  window on an X server: xvfb-run is not installed"
fi

# --- dpkg -i / dpkg -r on this machine (CI, or when asked) --------------------------------------
if [ "${CI:-}" != true ] && [ -z "${SPEECHWRITER_TEST_DPKG:-}" ]; then
    echo "skip  dpkg -i / dpkg -r: only with CI=true or SPEECHWRITER_TEST_DPKG=1 (it changes the system)"
elif [ "$(id -u)" -ne 0 ]; then
    echo "skip  dpkg -i / dpkg -r: needs root"
elif dpkg-query -W -f '${Status}' speechwriter 2>/dev/null | grep -q installed; then
    echo "skip  dpkg -i / dpkg -r: a speechwriter package is already installed here; left alone"
else
    # the files and links the package installs (its folders may be shared, /usr/bin, /usr/share …)
    dpkg-deb -c "$deb" | awk '$1 !~ /^d/ {print $6}' | sed 's|^\./|/|' >"$tmp/files"
    if out=$(dpkg -i "$deb" 2>&1); then
        ok "dpkg -i"
        check "/usr/bin/speechwriter structures" bare /usr/bin/speechwriter structures
        check "/usr/bin/speechwriter render" bare /usr/bin/speechwriter render 讲话.speech.json -o 安装后.docx --set 标题=安装后 --set 会议名称=会议 --set 日期=2026年11月30日 --set 单位=市冒烟测试局
        extra=(QT_QPA_PLATFORM=offscreen)
        window "installed window: first frame" /usr/bin/speechwriter
        if command -v update-mime-database >/dev/null; then
            check "postinst registered the file type" test -f /usr/share/mime/application/x-speechwriter-outline.xml
        fi
        # an update from the USB stick goes over the installed package: dpkg -i once more
        check "dpkg -i again, over the installed package" dpkg -i "$deb"
        check "/usr/bin/speechwriter --version after it" grep -qx "speechwriter $version" <(bare /usr/bin/speechwriter --version)
        if out=$(dpkg -r speechwriter 2>&1); then ok "dpkg -r"; else bad "dpkg -r" "$out"; fi
        left=$(while read -r f; do if [ -e "$f" ] || [ -L "$f" ]; then echo "$f"; fi; done <"$tmp/files")
        check "dpkg -r removed all $(wc -l <"$tmp/files") files it installed" test -z "$left"
        [ -n "$left" ] && head -n 20 <<<"$left"
        check "/usr/share/doc/speechwriter is gone" test ! -e /usr/share/doc/speechwriter
        check "/opt/speechwriter is gone" test ! -e /opt/speechwriter
        if command -v update-mime-database >/dev/null; then
            check "postrm unregistered the file type" test ! -e /usr/share/mime/application/x-speechwriter-outline.xml
        fi
        # dpkg -r keeps a config-files record (the package has a postrm); purge it so the machine is as before
        check "dpkg -P forgets the package" dpkg -P speechwriter
    else
        bad "dpkg -i" "$out"
    fi
fi

echo "smoke: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
