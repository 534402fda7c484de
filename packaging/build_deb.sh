#!/usr/bin/env bash
# `make deb`: wraps the one-folder bundle (`make bundle`) into dist/speechwriter_<version>_<arch>.deb
# for Debian, 统信UOS and 麒麟. Layout:
#   /opt/speechwriter/…                                  the bundle as built
#   /usr/bin/speechwriter -> /opt/speechwriter/speechwriter
#   /usr/share/applications/speechwriter.desktop         讲稿助手, in 办公 (Office), opens .speech.json
#   /usr/share/mime/packages/speechwriter.xml            application/x-speechwriter-outline = *.speech.json
#   /usr/share/icons/hicolor/scalable/apps/speechwriter.svg
#   /usr/share/doc/speechwriter/copyright
# Depends are computed by dpkg-shlibdeps from the libraries the bundle's programs, modules and Qt
# plugins load from the system (the xcb platform's libxcb-*, libxkbcommon-x11, EGL/GL, fontconfig,
# dbus, glibc …), so the list follows whatever Qt needs. Usage: build_deb.sh BUNDLE_DIR OUT_DIR
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
bundle=$(cd "${1:-$repo/dist/speechwriter}" && pwd)
out=${2:-$repo/dist}
max_mb=${SPEECHWRITER_DEB_MAX_MB:-150}

fail() { echo "build_deb.sh: $*" >&2; exit 1; }

[ -x "$bundle/speechwriter" ] && [ -x "$bundle/speechwriter-gui" ] || fail "$bundle is not a bundle: run make bundle first"
for tool in dpkg-deb dpkg-shlibdeps; do
    command -v "$tool" >/dev/null || fail "$tool is missing (apt-get install dpkg-dev)"
done

version=$("$repo/packaging/version.sh")
[ -n "$version" ] || fail "no version in pyproject.toml"
arch=$(dpkg --print-architecture)

stage="$repo/build/deb"
root="$stage/root"
rm -rf "$stage"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
         "$root/usr/share/mime/packages" "$root/usr/share/icons/hicolor/scalable/apps" \
         "$root/usr/share/doc/speechwriter"

cp -a "$bundle" "$root/opt/speechwriter"
ln -s /opt/speechwriter/speechwriter "$root/usr/bin/speechwriter"
install -m 644 "$here/linux/speechwriter.desktop" "$root/usr/share/applications/speechwriter.desktop"
install -m 644 "$here/linux/speechwriter-mime.xml" "$root/usr/share/mime/packages/speechwriter.xml"
install -m 644 "$repo/resources/icons/app.svg" "$root/usr/share/icons/hicolor/scalable/apps/speechwriter.svg"
install -m 755 "$here/linux/postinst" "$here/linux/postrm" "$root/DEBIAN/"
cat > "$root/usr/share/doc/speechwriter/copyright" <<COPYRIGHT
讲稿助手 speechwriter $version — MIT License.
/opt/speechwriter/_internal carries, unchanged: CPython (PSF License), Qt 6 and PySide6 (LGPLv3),
ICU (Unicode License), jieba (MIT), Jinja2 and MarkupSafe (BSD-3-Clause), python-docx (MIT),
lxml (BSD-3-Clause), platformdirs (MIT), OpenSSL (Apache-2.0), SQLite (public domain).
COPYRIGHT
chmod 644 "$root/usr/share/doc/speechwriter/copyright"
# files readable by all, folders enterable by all, whatever the builder's umask was
chmod -R u+rwX,go+rX,go-w "$root"

# the ELF files of the bundle: its two programs and every shared object in it; the folders holding
# its own libraries are searched as private ones (they belong to no package and need none)
mapfile -t elves < <(cd "$stage" && find root/opt -type f \( -name '*.so' -o -name '*.so.*' \) | sort)
mapfile -t private_dirs < <(find "$root/opt" -type f \( -name '*.so' -o -name '*.so.*' \) -printf '-l%h\n' | sort -u)
mkdir -p "$stage/debian"
printf 'Source: speechwriter\n\nPackage: speechwriter\nArchitecture: any\n' > "$stage/debian/control"
if ! depends=$(cd "$stage" && dpkg-shlibdeps -O --ignore-missing-info "${private_dirs[@]}" \
                 root/opt/speechwriter/speechwriter root/opt/speechwriter/speechwriter-gui "${elves[@]/#/-e}" \
                 2>"$stage/shlibdeps.log"); then
    grep -v 'warning:' "$stage/shlibdeps.log" >&2 || true
    fail "dpkg-shlibdeps failed: a library the bundle needs is not installed on this machine (see .ci/run's packages)"
fi
depends=${depends#shlibs:Depends=}
rm -rf "$stage/debian"

installed_kb=$(du -sk --apparent-size "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: speechwriter
Version: $version
Architecture: $arch
Maintainer: 讲稿助手开发组 <speechwriter@localhost>
Installed-Size: $installed_kb
Depends: $depends
Recommends: fonts-noto-cjk | fonts-wqy-microhei | fonts-wqy-zenhei
Section: text
Priority: optional
Description: 讲稿助手 — draft speeches from learned structures, export Word
 讲稿助手 helps office clerks (文秘) draft speeches (领导讲话, 汇报发言, 工作报告 …):
 it learns how speeches are built from sample speeches, drafts from a learned
 structure and exports a .docx laid out in the GB/T 9704 manner. It runs
 offline, with its own Python and Qt under /opt/speechwriter.
CONTROL

mkdir -p "$out"
deb="$out/speechwriter_${version}_${arch}.deb"
rm -f "$deb"
# xz: the compression every dpkg reads, including the older ones of UOS and Kylin
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
size_mb=$(( ($(stat -c %s "$deb") + 1048575) / 1048576 ))
echo "built $deb (${size_mb} MB, installed $(( installed_kb / 1024 )) MB)"
echo "Depends: $depends"
[ "$size_mb" -le "$max_mb" ] || fail "$deb is ${size_mb} MB, over the ${max_mb} MB limit"
