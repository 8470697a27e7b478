#!/usr/bin/env bash
# Before `npm test`: the end-to-end tests drive Debian's Chromium with a Chinese font and run the real nginx
# (also over HTTPS, with a certificate from openssl).
# Install whichever is missing when we can (root with apt-get, as on CI and the team's
# machines); otherwise say exactly what to install, instead of failing later in a test.
set -euo pipefail

missing=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
[ -x "${NGINX_PATH:-/usr/sbin/nginx}" ] || missing+=(nginx)
# openssl makes the throwaway certificate for nginx over HTTPS (tools/loopback-certificate.ts).
command -v openssl >/dev/null || missing+=(openssl)
# A CJK font, so that the browser tests lay out Chinese text as readers see it, not as
# missing-glyph boxes (WenQuanYi Zen Hei: one small package).
fc-list :lang=zh 2>/dev/null | grep -q . || missing+=(fonts-wqy-zenhei)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "测试需要先安装：${missing[*]}（Debian/Ubuntu：sudo apt-get install -y ${missing[*]}）" >&2
  echo "(The tests need: ${missing[*]}. On Debian/Ubuntu: sudo apt-get install -y ${missing[*]})" >&2
  exit 1
fi

echo "Installing ${missing[*]} for the browser and nginx tests…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# Keep the nginx package from starting its default server on 0.0.0.0:80: the tests start their
# own nginx on a loopback port (policy-rc.d exit 101 = "do not start services").
policy=/usr/sbin/policy-rc.d
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' > "$policy" && chmod +x "$policy"
  trap 'rm -f "$policy"' EXIT
fi
apt-get install -y -qq --no-install-recommends "${missing[@]}"
