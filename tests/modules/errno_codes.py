import errno
print(errno.ENOENT, errno.EEXIST, errno.EINVAL, errno.EAGAIN, errno.EWOULDBLOCK, errno.ETIMEDOUT)
print(errno.EPERM, errno.EIO, errno.EBADF, errno.ENOMEM, errno.EACCES, errno.ENODEV, errno.EISDIR)
print(errno.EOPNOTSUPP, errno.EADDRINUSE, errno.ECONNABORTED, errno.ECONNRESET, errno.ENOBUFS)
print(errno.ENOTCONN, errno.ECONNREFUSED, errno.EHOSTUNREACH, errno.EALREADY, errno.EINPROGRESS)
print(errno.errorcode[errno.ENOENT], errno.errorcode[2], errno.errorcode[11], errno.errorcode[110])
print(type(errno.errorcode).__name__, 2 in errno.errorcode, -1 in errno.errorcode)
try:
    raise OSError(errno.ENOENT, "no such file")
except OSError as e:
    print(e.args[0] == errno.ENOENT, errno.errorcode[e.args[0]])
