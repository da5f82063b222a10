#!/bin/sh
# Runs deploy/nginx.conf with the system's nginx, unprivileged paths only, for CI and local checks.
#
#   deploy/serve-nginx.sh start <dist dir> <port>   serve <dist dir> on 127.0.0.1:<port>
#   deploy/serve-nginx.sh stop <port>
#
# Everything nginx writes (pid, logs, temp files, the rendered config) goes under
# /tmp/partner-showcase-nginx-<port>. brotli_static is turned on when Debian's module is installed.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
command=${1:?usage: serve-nginx.sh start <dist> <port> | stop <port>}

if [ "$command" = stop ]; then
  prefix=/tmp/partner-showcase-nginx-${2:?port}
  if [ -f "$prefix/nginx.pid" ]; then nginx -p "$prefix" -c "$prefix/nginx.conf" -s stop 2>/dev/null; fi
  exit 0
fi

root=$(cd "${2:?dist dir}" && pwd)
port=${3:?port}
prefix=/tmp/partner-showcase-nginx-$port
mkdir -p "$prefix/logs" "$prefix/tmp"

sed -e "s#\${NGINX_LISTEN}#127.0.0.1:$port#g" -e "s#\${NGINX_ROOT}#$root#g" "$here/nginx.conf" > "$prefix/site.conf"

load_brotli=''
include_brotli=''
brotli=off
module=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
if [ -f "$module" ]; then
  load_brotli="load_module $module;"
  include_brotli="include $here/brotli.conf;"
  brotli=on
fi

# As root (CI), workers would drop to "nobody", which cannot read a checkout under a private
# folder such as a mktemp -d clone (0700): run them as root too (loopback only, read-only site).
run_as=''
if [ "$(id -u)" = 0 ]; then run_as="user root;"; fi

cat > "$prefix/nginx.conf" <<CONF
$load_brotli
$run_as
daemon on;
worker_processes 1;
pid $prefix/nginx.pid;
error_log $prefix/logs/error.log warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log $prefix/logs/access.log;
    client_body_temp_path $prefix/tmp/body;
    proxy_temp_path $prefix/tmp/proxy;
    fastcgi_temp_path $prefix/tmp/fastcgi;
    uwsgi_temp_path $prefix/tmp/uwsgi;
    scgi_temp_path $prefix/tmp/scgi;
    sendfile on;
    $include_brotli
    include $prefix/site.conf;
}
CONF

nginx -t -q -p "$prefix" -c "$prefix/nginx.conf"
nginx -p "$prefix" -c "$prefix/nginx.conf"
echo "nginx: serving $root on http://127.0.0.1:$port/ (brotli_static $brotli; logs in $prefix/logs)"
