filedesc://one-page.arc 0.0.0.0 20240506070809 text/plain 70
1 0 Storyline
URL IP-address Archive-date Content-type Archive-length

http://news.example/harbour 192.0.2.7 20240506070809 text/html 188
HTTP/1.1 200 OK
Content-Type: text/html; charset=utf-8
Content-Length: 108

<html><head><title>Harbour reopens</title></head><body><p>The harbour reopened on Monday.</p></body></html>

