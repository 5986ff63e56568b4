#!/usr/bin/env bash
# The seeded course's two video lessons as real videos, made on this machine: slides rendered by ffmpeg and
# narrated by espeak-ng's Vietnamese voice, with WebVTT captions of the narration. Made once into
# .cache/media/ (not committed), then uploaded through the API like an administrator would.
#
#   scripts/media.sh ensure               install Debian's ffmpeg and espeak-ng if missing (as root), else say so
#   scripts/media.sh make                 render the videos and captions into .cache/media/ (once)
#   scripts/media.sh seed API_URL PHONE   upload them to the two seeded video lessons, logged in as the
#                                         administrator PHONE with the password in .secrets/demo-password
# Without ffmpeg or espeak-ng every command says that videos and listening are off and exits 0.
set -euo pipefail
. "$(dirname "$0")/env.sh"
CACHE="$ROOT/.cache/media"
FONT=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf

have_tools() { command -v ffmpeg >/dev/null && command -v espeak-ng >/dev/null; }

ensure() {
  have_tools && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "[media] installing Debian's ffmpeg and espeak-ng (videos of the seeded lessons, lessons read aloud)" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ffmpeg espeak-ng fonts-dejavu-core) >&2 || true
  fi
  have_tools || echo "[media] ffmpeg or espeak-ng is missing ('sudo apt-get install ffmpeg espeak-ng'):" \
    "the seeded lessons have no video and listening is off (the API answers audio_off)" >&2
}

# One lesson: lines "TITLE|NARRATION" become slides; the narration is spoken and captioned.
render() { # render NAME SLIDES_FILE
  local name=$1 slides=$2 dir="$CACHE/$1.work" at=0 n=0
  [ -s "$CACHE/$name.mp4" ] && [ -s "$CACHE/$name.vi.vtt" ] && return 0
  rm -rf "$dir"; mkdir -p "$dir"
  printf 'WEBVTT\n\n' > "$dir/captions.vtt"
  : > "$dir/list.txt"
  while IFS='|' read -r title narration; do
    [ -n "$title" ] || continue
    n=$((n + 1))
    printf '%s' "$title" > "$dir/$n.title"
    printf '%s' "$narration" | fold -s -w 46 > "$dir/$n.text"
    printf '%s' "$narration" | espeak-ng -v vi -s 145 -w "$dir/$n.wav" --stdin
    local seconds
    seconds=$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$dir/$n.wav")
    seconds=$(awk -v s="$seconds" 'BEGIN { printf "%.2f", s + 0.8 }')
    ffmpeg -hide_banner -nostdin -v error -y -f lavfi -i "color=c=0x0b3d6b:s=854x480:d=$seconds:r=15" -i "$dir/$n.wav" \
      -vf "drawtext=fontfile=$FONT:textfile=$dir/$n.title:fontcolor=white:fontsize=34:x=(w-text_w)/2:y=60,drawtext=fontfile=$FONT:textfile=$dir/$n.text:fontcolor=0xfff3c4:fontsize=26:line_spacing=10:x=60:y=170" \
      -af apad -t "$seconds" -c:v libx264 -preset veryfast -pix_fmt yuv420p -crf 30 -c:a aac -b:a 48k -ar 22050 -ac 1 \
      "$dir/$n.mp4"
    printf "file '%s'\n" "$dir/$n.mp4" >> "$dir/list.txt"
    awk -v a="$at" -v b="$(awk -v a="$at" -v s="$seconds" 'BEGIN { print a + s }')" -v t="$narration" 'function ts(x) {
        return sprintf("%02d:%02d:%06.3f", int(x / 3600), int(x / 60) % 60, x - 60 * int(x / 60)) }
      BEGIN { printf "%s --> %s\n%s\n\n", ts(a), ts(b), t }' >> "$dir/captions.vtt"
    at=$(awk -v a="$at" -v s="$seconds" 'BEGIN { print a + s }')
  done < "$slides"
  ffmpeg -hide_banner -nostdin -v error -y -f concat -safe 0 -i "$dir/list.txt" -c copy -movflags +faststart "$CACHE/$name.mp4"
  mv "$dir/captions.vtt" "$CACHE/$name.vi.vtt"
  rm -rf "$dir"
  echo "[media] made $CACHE/$name.mp4 ($(du -h "$CACHE/$name.mp4" | cut -f1)) and its captions" >&2
}

make_videos() {
  have_tools || { ensure; have_tools || return 0; }
  mkdir -p "$CACHE"
  cat > "$CACHE/goi-video.slides" <<'TXT'
Gọi video cho người thân|Bài này hướng dẫn gọi video qua Zalo cho người thân.
Chuẩn bị|Kết nối Wi-Fi nếu có, vì gọi video tốn nhiều dữ liệu hơn gọi thoại.
Gọi video|Mở cuộc trò chuyện với người thân, chạm biểu tượng máy quay ở góc trên để gọi video.
Gọi nhóm|Trong nhóm Zalo gia đình, chạm biểu tượng máy quay để gọi video cho nhiều người cùng lúc.
Cẩn thận|Ai gọi video rồi hỏi vay tiền, hãy tắt máy và gọi lại vào số quen của người đó để hỏi cho chắc.
TXT
  cat > "$CACHE/lua-dao.slides" <<'TXT'
Nhận diện cuộc gọi lừa đảo|Video này nêu ba kiểu cuộc gọi lừa đảo thường gặp.
Giả danh công an|Công an không làm việc qua điện thoại và không bao giờ yêu cầu người dân chuyển tiền.
Giả danh cơ quan thuế, điện lực|Không cài ứng dụng theo đường link gửi qua tin nhắn. Ứng dụng lạ có thể rút tiền của bạn.
Người thân gặp nạn|Kẻ gian tạo cảm giác gấp gáp. Hãy gọi ngay cho chính người thân để kiểm tra.
Cách xử lý|Bình tĩnh, cúp máy. Không chuyển tiền, không đọc mã OTP. Tự gọi lại số chính thức để kiểm tra.
TXT
  render goi-video-cho-nguoi-than "$CACHE/goi-video.slides"
  render nhan-dien-cuoc-goi-lua-dao "$CACHE/lua-dao.slides"
}

seed() { # seed API_URL PHONE
  local api=$1 phone=$2 token lesson name
  make_videos
  [ -s "$CACHE/goi-video-cho-nguoi-than.mp4" ] || return 0
  token=$(curl -fsS -H 'Content-Type: application/json' \
    -d "{\"login\":\"$phone\",\"password\":\"$(cat "$ROOT/.secrets/demo-password")\"}" "$api/api/v1/auth/login" \
    | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')
  [ -n "$token" ] || { echo "[media] could not log in as $phone: videos not uploaded" >&2; return 0; }
  for pair in 0195a6b0-0000-7000-8002-000000000022:goi-video-cho-nguoi-than \
              0195a6b0-0000-7000-8002-000000000042:nhan-dien-cuoc-goi-lua-dao; do
    lesson=${pair%%:*}; name=${pair#*:}
    if curl -fsS -H "Authorization: Bearer $token" "$api/api/v1/admin/lessons/$lesson" | grep -q '"videoUrl":"/api/v1/media/'; then
      continue
    fi
    curl -fsS -o /dev/null -X PUT -H "Authorization: Bearer $token" -F "file=@$CACHE/$name.mp4" \
      "$api/api/v1/admin/lessons/$lesson/video"
    curl -fsS -o /dev/null -X PUT -H "Authorization: Bearer $token" -F "file=@$CACHE/$name.vi.vtt" \
      "$api/api/v1/admin/lessons/$lesson/captions"
    echo "[media] uploaded the video and captions of $name" >&2
  done
}

case "${1:-}" in
  ensure) ensure ;;
  make) make_videos ;;
  seed) seed "$2" "$3" ;;
  *) echo "usage: $0 ensure | make | seed API_URL PHONE" >&2; exit 2 ;;
esac
