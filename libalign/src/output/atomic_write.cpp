// output/atomic_write.cpp — write_file_atomically(): a reader of PATH sees the old file or the
// complete new one, never a prefix, and a failed run leaves nothing behind.
//
// POSIX file descriptors rather than std::ofstream because we need fsync() (data on disk
// before the rename makes it visible) and the errno of a failed write ("No space left on
// device") for the message.
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <filesystem>
#include <ostream>
#include <random>
#include <streambuf>
#include <string>
#include <system_error>

#include "libalign/error.hpp"
#include "libalign/output.hpp"

namespace libalign {
namespace {

namespace fs = std::filesystem;

std::string reason(int error_number) { return std::generic_category().message(error_number); }

Error write_error(const fs::path& path, std::string_view why) {
  return {ErrorCode::kWrite, fmt::format("{}: cannot write: {}", path.string(), why)};
}

// A std::streambuf over a file descriptor that remembers the first errno of a failed write.
class FdStreamBuf : public std::streambuf {
 public:
  explicit FdStreamBuf(int fd) : fd_(fd) { setp(buffer_.data(), buffer_.data() + buffer_.size()); }
  [[nodiscard]] int error() const noexcept { return error_; }

 protected:
  int_type overflow(int_type ch) override {
    if (!drain()) return traits_type::eof();
    if (!traits_type::eq_int_type(ch, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(ch);
      pbump(1);
    }
    return traits_type::not_eof(ch);
  }
  int sync() override { return drain() ? 0 : -1; }

 private:
  bool drain() {
    if (error_ != 0) return false;
    const char* data = pbase();
    auto size = static_cast<std::size_t>(pptr() - pbase());
    while (size > 0) {
      const ssize_t written = ::write(fd_, data, size);
      if (written < 0) {
        if (errno == EINTR) continue;
        error_ = errno;
        return false;
      }
      data += written;
      size -= static_cast<std::size_t>(written);
    }
    setp(buffer_.data(), buffer_.data() + buffer_.size());
    return true;
  }

  int fd_;
  int error_ = 0;
  std::array<char, 1 << 16> buffer_{};
};

// The temporary file: removed by the destructor unless commit() renamed it into place.
class TempFile {
 public:
  explicit TempFile(const fs::path& target) : target_(target) {
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::random_device seed;
    std::mt19937 random(seed());
    constexpr std::string_view kAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
    std::uniform_int_distribution<std::size_t> pick(0, kAlphabet.size() - 1);
    for (int attempt = 0; attempt < 100; ++attempt) {
      std::string suffix;
      for (int i = 0; i < 6; ++i) suffix += kAlphabet[pick(random)];
      path_ = dir / fmt::format(".{}.tmp.{}.{}", target.filename().string(), ::getpid(), suffix);
      // O_EXCL: never clobber another writer's temporary file; 0666 & ~umask like any new file.
      fd_ = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
      if (fd_ >= 0) break;
      if (errno != EEXIST) throw write_error(target, reason(errno));
    }
    if (fd_ < 0) throw write_error(target, "no free temporary file name");
    // Replacing a file keeps its permissions, as an editor's save would.
    struct stat old {};
    if (::stat(target.c_str(), &old) == 0 && S_ISREG(old.st_mode))
      (void)::fchmod(fd_, old.st_mode & 07777);
  }
  ~TempFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!committed_) ::unlink(path_.c_str());
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;

  [[nodiscard]] int fd() const noexcept { return fd_; }

  // Data to disk, then the rename that makes it visible.
  void commit() {
    if (::fsync(fd_) != 0) throw write_error(target_, reason(errno));
    const int closed = ::close(fd_);
    fd_ = -1;
    if (closed != 0) throw write_error(target_, reason(errno));
    if (::rename(path_.c_str(), target_.c_str()) != 0) throw write_error(target_, reason(errno));
    committed_ = true;
    // Persist the directory entry too; best effort, the data itself is already safe.
    const fs::path dir = target_.has_parent_path() ? target_.parent_path() : fs::path(".");
    const int dir_fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir_fd >= 0) {
      (void)::fsync(dir_fd);
      ::close(dir_fd);
    }
  }

 private:
  fs::path target_;
  fs::path path_;
  int fd_ = -1;
  bool committed_ = false;
};

}  // namespace

void write_file_atomically(const fs::path& path, const std::function<void(std::ostream&)>& write) {
  if (path.empty() || !path.has_filename()) throw write_error(path, "not a file name");
  std::error_code ec;
  if (fs::is_directory(path, ec)) throw write_error(path, "it is a directory");

  TempFile temp(path);
  FdStreamBuf buffer(temp.fd());
  std::ostream out(&buffer);
  try {
    write(out);
  } catch (const Error&) {
    throw;  // already a user-facing message; ~TempFile removes the partial file
  } catch (const std::exception& e) {
    throw write_error(path, e.what());
  } catch (...) {
    throw write_error(path, "unknown error while writing");
  }
  out.flush();
  if (!out) throw write_error(path, buffer.error() != 0 ? reason(buffer.error()) : "write failed");
  temp.commit();
}

}  // namespace libalign
