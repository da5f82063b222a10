# The production build behind the official nginx image, configured by deploy/nginx.conf.
#
#   npm ci && npm run build          # dist/ is built outside the image, the same build CI tests
#   docker build -t partner-showcase .
#   docker run --rm -p 8080:8080 partner-showcase
#
# The image's entrypoint renders /etc/nginx/templates/*.template into conf.d/ with envsubst, so
# deploy/nginx.conf is used as it is; only variables matching NGINX_ENVSUBST_FILTER are replaced
# and nginx's own ($uri…) are left alone. The official image has no brotli module: it sends the
# build's .gz files (gzip_static); Debian's nginx with libnginx-mod-http-brotli-static also sends .br.
FROM nginx:1.27-alpine

ENV NGINX_LISTEN=8080 \
    NGINX_ROOT=/usr/share/nginx/html \
    NGINX_ENVSUBST_FILTER=^NGINX_

# default.conf.template replaces the image's default server on port 80.
COPY deploy/nginx.conf /etc/nginx/templates/default.conf.template
RUN rm -rf /usr/share/nginx/html/*
COPY dist/ /usr/share/nginx/html/

EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s CMD wget -q -O /dev/null http://127.0.0.1:8080/ || exit 1
