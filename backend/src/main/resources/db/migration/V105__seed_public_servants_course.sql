-- Seed: the province's second course, "Kỹ năng số trong công vụ", for public servants (cán bộ, công chức,
-- viên chức): electronic documents and the document management system, digital signatures, the national
-- public-service portal, and information security at work (issue 13). Written like V4: plain Vietnamese,
-- practical steps, the same Markdown subset (headings, paragraphs, lists, quotes, bold), a question bank of
-- ten questions per module, each with one right answer and an explanation. Where the law fixes a detail that
-- changes over time, the text says "theo quy định hiện hành" rather than quote a number it cannot vouch for.
-- Ids are fixed so that the seed is deterministic:
--   course    0195a6b0-0000-7000-8000-000000000002
--   modules   0195a6b0-0000-7000-8001-00000000020M      (M = module position 1..4)
--   lessons   0195a6b0-0000-7000-8002-0000000002MN      (N = lesson position in module)
--   questions 0195a6b0-0000-7000-8003-000000002MNN     (NN = 01..10)
-- All text is Vietnamese in Unicode NFC. Lesson bodies are Markdown in $md$ dollar quotes.
-- The course is second in the public servants' learning path; the path's certifying course stays the first
-- course ("Kỹ năng số cơ bản"), so no figure moves.

INSERT INTO course (id, slug, title, description, status, pass_mark_percent, question_count,
                    time_limit_minutes, max_attempts, attempt_cooldown_minutes, video_completion_percent)
VALUES ('0195a6b0-0000-7000-8000-000000000002', 'ky-nang-so-trong-cong-vu', 'Kỹ năng số trong công vụ',
        'Khóa bồi dưỡng dành cho cán bộ, công chức, viên chức: xử lý văn bản điện tử trên hệ thống quản lý văn bản và điều hành, ký số văn bản, hướng dẫn người dân làm thủ tục trên Cổng Dịch vụ công quốc gia và giữ an toàn thông tin khi làm việc. Học xong bốn chủ đề, bạn làm bài kiểm tra cuối khóa để nhận Giấy chứng nhận hoàn thành khóa học.',
        'PUBLISHED', 80, 20, 30, 3, 0, 90);

INSERT INTO course_module (id, course_id, position, title, description) VALUES
  ('0195a6b0-0000-7000-8001-000000000201', '0195a6b0-0000-7000-8000-000000000002', 1, 'Văn bản điện tử và quản lý văn bản',
   'Văn bản điện tử có giá trị pháp lý ra sao, xử lý văn bản đến, văn bản đi trên hệ thống quản lý văn bản và điều hành, lập hồ sơ công việc.'),
  ('0195a6b0-0000-7000-8001-000000000202', '0195a6b0-0000-7000-8000-000000000002', 2, 'Chữ ký số',
   'Chữ ký số chuyên dùng công vụ và chữ ký số công cộng, ký số trên máy tính và trên điện thoại, kiểm tra chữ ký số và giữ an toàn thiết bị ký.'),
  ('0195a6b0-0000-7000-8001-000000000203', '0195a6b0-0000-7000-8000-000000000002', 3, 'Cổng Dịch vụ công quốc gia',
   'Đăng nhập bằng tài khoản định danh điện tử VNeID, nộp hồ sơ trực tuyến toàn trình và một phần, thanh toán trực tuyến, tra cứu hồ sơ và hướng dẫn người dân.'),
  ('0195a6b0-0000-7000-8001-000000000204', '0195a6b0-0000-7000-8000-000000000002', 4, 'An toàn thông tin khi làm việc',
   'Mật khẩu và xác thực hai lớp, nhận diện thư giả mạo, bảo vệ dữ liệu cá nhân, dùng thiết bị và mạng ở cơ quan, sao lưu và báo cáo sự cố.');

-- ===================================================================== Module 1: Văn bản điện tử và quản lý văn bản
INSERT INTO lesson (id, course_id, module_id, position, title, kind, estimated_minutes,
                    video_url, video_duration_seconds, captions_url, body_markdown)
VALUES ('0195a6b0-0000-7000-8002-000000000211', '0195a6b0-0000-7000-8000-000000000002', '0195a6b0-0000-7000-8001-000000000201', 1,
        'Văn bản điện tử có giá trị như văn bản giấy', 'TEXT', 7,
        NULL, NULL, NULL,
$md$Ngày nay, phần lớn văn bản giữa các cơ quan nhà nước được gửi, nhận và xử lý dưới dạng điện tử. Một công văn đi từ Ủy ban nhân dân tỉnh đến xã, phường chỉ mất vài giây thay vì vài ngày, không tốn giấy in, không thất lạc và tìm lại được ngay khi cần.

### Văn bản điện tử là gì?

Văn bản điện tử là văn bản dưới dạng thông điệp dữ liệu: được tạo lập trên máy tính, hoặc được số hóa (quét) từ văn bản giấy, và trình bày đúng thể thức, kỹ thuật, định dạng theo quy định.

### Giá trị pháp lý

- **Luật Giao dịch điện tử năm 2023** công nhận thông điệp dữ liệu có giá trị như văn bản, khi thông tin trong đó truy cập và sử dụng được để tham chiếu khi cần.
- **Nghị định 30/2020/NĐ-CP về công tác văn thư** quy định: văn bản điện tử được ký số bởi người có thẩm quyền và ký số của cơ quan, tổ chức theo quy định có giá trị pháp lý như bản gốc văn bản giấy.

Vì vậy, một văn bản điện tử đã ký số đúng quy định không cần in ra, đóng dấu rồi gửi lại bản giấy.

### Văn bản nào không được gửi qua mạng?

Văn bản, tài liệu có nội dung **bí mật nhà nước** không được soạn thảo, lưu giữ hay gửi trên máy tính, hệ thống có kết nối Internet. Chúng được xử lý theo quy định riêng về bảo vệ bí mật nhà nước. Nếu không chắc một văn bản có thuộc loại mật hay không, hãy hỏi lãnh đạo phụ trách trước khi đưa lên hệ thống.

### Lợi ích cho chính bạn

- Nhận văn bản ngay khi được giao, dù đang đi công tác.
- Tìm lại văn bản cũ bằng số, ký hiệu hay vài từ trong trích yếu, trong vài giây.
- Biết văn bản đang nằm ở đâu, ai đang xử lý, còn bao nhiêu ngày đến hạn.

### Ghi nhớ

- Văn bản điện tử ký số đúng quy định có giá trị như bản gốc văn bản giấy.
- Căn cứ: Luật Giao dịch điện tử năm 2023, Nghị định 30/2020/NĐ-CP về công tác văn thư.
- Tài liệu bí mật nhà nước không soạn thảo, lưu, gửi trên máy có kết nối Internet.$md$);
INSERT INTO lesson (id, course_id, module_id, position, title, kind, estimated_minutes,
                    video_url, video_duration_seconds, captions_url, body_markdown)
VALUES ('0195a6b0-0000-7000-8002-000000000212', '0195a6b0-0000-7000-8000-000000000002', '0195a6b0-0000-7000-8001-000000000201', 2,
        'Xử lý văn bản trên hệ thống quản lý văn bản và điều hành', 'TEXT', 8,
        NULL, NULL, NULL,
$md$Mỗi cơ quan trong tỉnh dùng một **hệ thống quản lý văn bản và điều hành**: phần mềm để nhận, giao việc, xử lý và phát hành văn bản. Bạn đăng nhập bằng tài khoản do cơ quan cấp. Tên gọi và giao diện có thể khác nhau giữa các đơn vị, nhưng các bước chính đều giống nhau.

### Văn bản đến

1. **Văn thư** tiếp nhận văn bản (từ trục liên thông văn bản hoặc số hóa từ bản giấy) và đăng ký vào hệ thống.
2. **Lãnh đạo** đọc, cho ý kiến chỉ đạo và giao việc: ai xử lý chính, ai phối hợp, ai chỉ để biết, và hạn xử lý.
3. **Người xử lý chính** mở văn bản, đọc kỹ ý kiến chỉ đạo, giải quyết công việc, cập nhật tiến độ và kết thúc xử lý khi xong.

Được giao **xử lý chính** nghĩa là bạn chịu trách nhiệm giải quyết đến cùng và đúng hạn; người **phối hợp** góp ý, cung cấp thông tin cho bạn trong phần việc của họ.

### Văn bản đi

1. Chuyên viên soạn dự thảo, đính kèm vào hồ sơ trình trên hệ thống.
2. Lãnh đạo phòng xem, góp ý hoặc chuyển tiếp; lãnh đạo cơ quan duyệt và **ký số**.
3. Văn thư cấp số, ký số của cơ quan và phát hành đến nơi nhận qua hệ thống.

### Làm việc đúng hạn

- Mở hệ thống ít nhất hai lần mỗi ngày, đầu giờ sáng và đầu giờ chiều; bật thông báo nếu hệ thống có.
- Chú ý những văn bản được đánh dấu sắp đến hạn hoặc quá hạn.
- Việc chưa thể xong đúng hạn: báo cáo lãnh đạo sớm, ghi rõ lý do trên hệ thống và đề xuất thời hạn mới. Không để văn bản nằm im.
- Khi nghỉ phép, đi công tác dài ngày: báo lãnh đạo để giao người xử lý thay theo quy chế của cơ quan. Không đưa tài khoản, mật khẩu của mình cho đồng nghiệp.

### Hồ sơ công việc

Các văn bản của cùng một việc (văn bản đến, dự thảo, ý kiến góp ý, văn bản đi) nên được xếp vào cùng một **hồ sơ công việc** điện tử. Khi việc xong, hồ sơ được nộp lưu theo quy định, người sau tìm lại dễ dàng.

### Ghi nhớ

- Văn bản đến: văn thư đăng ký → lãnh đạo giao việc → người xử lý chính giải quyết và kết thúc.
- Văn bản đi: dự thảo → trình duyệt → ký số → văn thư cấp số, phát hành.
- Theo dõi hạn xử lý; chậm thì báo cáo sớm, không để văn bản nằm im.
- Không đưa tài khoản, mật khẩu cho người khác.$md$);
INSERT INTO lesson (id, course_id, module_id, position, title, kind, estimated_minutes,
                    video_url, video_duration_seconds, captions_url, body_markdown)
VALUES ('0195a6b0-0000-7000-8002-000000000213', '0195a6b0-0000-7000-8000-000000000002', '0195a6b0-0000-7000-8001-000000000201', 3,
        'Soạn thảo và số hóa văn bản đúng thể thức', 'TEXT', 7,
        NULL, NULL, NULL,
$md$Văn bản điện tử cũng phải đúng thể thức và kỹ thuật trình bày như văn bản giấy. Nghị định 30/2020/NĐ-CP về công tác văn thư quy định chi tiết các yêu cầu này; dưới đây là những điểm hay gặp nhất.

### Khi soạn thảo

- Khổ giấy A4; phông chữ **Times New Roman**, bộ mã ký tự Unicode theo tiêu chuẩn TCVN 6909:2001.
- Đủ các thành phần: quốc hiệu và tiêu ngữ, tên cơ quan ban hành, số và ký hiệu, địa danh và thời gian, tên loại và trích yếu nội dung, nội dung, chức vụ và họ tên người ký, nơi nhận.
- Cỡ chữ, căn lề, khoảng cách dòng theo phụ lục của Nghị định; nhiều cơ quan có sẵn mẫu trong hệ thống, hãy dùng mẫu đó.

### Khi ký và phát hành

- Văn bản điện tử được ký số ở định dạng **PDF**.
- Hình ảnh chữ ký số của người có thẩm quyền là hình chữ ký của người đó, màu xanh; hình ảnh chữ ký số của cơ quan là hình con dấu, **màu đỏ**, theo vị trí và kích thước quy định.
- Sau khi ký số, **không sửa** tệp. Chỉ cần thay đổi một chữ, phần mềm kiểm tra sẽ báo chữ ký không còn hợp lệ. Muốn sửa thì phải sửa bản dự thảo và ký lại.
- Khi gửi dự thảo để lấy ý kiến, có thể kèm tệp văn bản (ví dụ .docx) để người góp ý sửa trực tiếp; bản phát hành chính thức là tệp PDF đã ký số.

### Số hóa văn bản giấy

Văn bản đến bằng giấy được văn thư quét thành tệp PDF để xử lý trên hệ thống. Khi tự quét, hãy:

- Quét **toàn bộ** văn bản, kể cả phụ lục; mỗi văn bản một tệp.
- Quét ảnh màu, đủ nét để đọc được con dấu và chữ ký; kiểm tra lại từng trang trước khi lưu.
- Đặt tên tệp dễ hiểu, ví dụ theo số, ký hiệu và ngày của văn bản.

Yêu cầu kỹ thuật chi tiết của bản số hóa (định dạng, độ phân giải) thực hiện theo quy định hiện hành và hướng dẫn của văn thư cơ quan.

### Ghi nhớ

- Times New Roman, Unicode TCVN 6909:2001, khổ A4; dùng mẫu có sẵn.
- Văn bản ký số ở định dạng PDF; hình dấu của cơ quan màu đỏ.
- Đã ký số thì không sửa tệp; cần sửa thì ký lại bản mới.
- Số hóa: quét đủ trang, rõ nét, kiểm tra trước khi lưu.$md$);
INSERT INTO question (id, course_id, module_id, prompt, options, correct_option, explanation) VALUES
  ('0195a6b0-0000-7000-8003-000000002101', '0195a6b0-0000-7000-8000-000000000002', '0195a6b0-0000-7000-8001-000000000201',
   'Văn bản điện tử được ký số bởi người có thẩm quyền và ký số của cơ quan theo quy định có giá trị như thế nào?',
   '[{"id": "a", "text": "Chỉ để tham khảo, phải chờ bản giấy mới được thi hành"}, {"id": "b", "text": "Có giá trị pháp lý như bản gốc văn bản giấy"}, {"id": "c", "text": "Chỉ có giá trị trong nội bộ cơ quan ban hành"}, {"id": "d", "text": "Có giá trị khi được in ra và đóng dấu lại"}]',
   'b', 'Theo Nghị định 30/2020/NĐ-CP, văn bản điện tử ký số đúng quy định có giá trị pháp lý như bản gốc văn bản giấy.'),
  ('0195a6b0-0000-7000-8003-000000002102', '0195a6b0-0000-7000-8000-000000000002', '0195a6b0-0000-7000-8001-000000000201',
   'Văn bản có nội dung bí mật nhà nước có được soạn thảo, gửi trên hệ thống kết nối Internet không?',
   '[{"id": "a", "text": "Được, nếu đặt mật khẩu cho tệp"}, {"id": "b", "text": "Được, nếu chỉ gửi cho lãnh đạo"}, {"id": "c", "text": "Không được"}, {"id": "d", "text": "Được, nếu gửi ngoài giờ hành chính"}]',
   'c', 'Tài liệu bí mật nhà nước không được soạn thảo, lưu giữ hay gửi trên máy tính, hệ thống có kết nối Internet.'),
  ('0195a6b0-0000-7000-8003-000000002103', '0195a6b0-0000-7000-8000-000000000002', '0195a6b0-0000-7000-8001-000000000201',
   'Trên hệ thống quản lý văn bản, bạn được giao “xử lý chính” một văn bản đến. Điều đó có nghĩa là gì?',
   '[{"id": "a", "text": "Bạn chịu trách nhiệm giải quyết văn bản đến cùng và đúng hạn"}, {"id": "b", "text": "Bạn chỉ cần đọc để biết, không phải làm gì thêm"}, {"id": "c", "text": "Bạn góp ý khi người khác hỏi đến"}, {"id": "d", "text": "Bạn chuyển văn bản lại cho văn thư"}]',
   'a', 'Người xử lý chính chịu trách nhiệm giải quyết công việc đến cùng và đúng hạn; người phối hợp hỗ trợ trong phần việc của họ.'),
  ('0195a6b0-0000-7000-8003-000000002104', '0195a6b0-0000-7000-8000-000000000002', '0195a6b0-0000-7000-8001-000000000201',
   'Một văn bản giao cho bạn sắp hết hạn xử lý nhưng việc chưa thể xong. Bạn nên làm gì?',
   '[{"id": "a", "text": "Để nguyên, hết hạn hệ thống sẽ tự gia hạn"}, {"id": "b", "text": "Kết thúc xử lý cho hết cảnh báo rồi làm sau"}, {"id": "c", "text": "Chuyển văn bản cho một đồng nghiệp bất kỳ"}, {"id": "d", "text": "Báo cáo lãnh đạo sớm, ghi rõ lý do và đề xuất thời hạn mới"}]',
   'd', 'Việc chưa xong đúng hạn cần được báo cáo sớm, có lý do và thời hạn mới; không để văn bản nằm im hay kết thúc khi chưa làm.'),
  ('0195a6b0-0000-7000-8003-000000002105', '0195a6b0-0000-7000-8000-000000000002', '0195a6b0-0000-7000-8001-000000000201',
   'Văn bản hành chính theo Nghị định 30/2020/NĐ-CP dùng phông chữ nào?',
   '[{"id": "a", "text": "Arial, bộ mã TCVN3"}, {"id": "b", "text": "Times New Roman, bộ mã Unicode theo TCVN 6909:2001"}, {"id": "c", "text": "Phông chữ nào cũng được, miễn là dễ đọc"}, {"id": "d", "text": "VNI-Times, bộ mã VNI"}]',
   'b', 'Văn bản hành chính dùng phông chữ Times New Roman, bộ mã ký tự Unicode theo TCVN 6909:2001.'),
  ('0195a6b0-0000-7000-8003-000000002106', '0195a6b0-0000-7000-8000-000000000002', '0195a6b0-0000-7000-8001-000000000201',
   'Văn bản điện tử được ký số và phát hành ở định dạng nào?',
   '[{"id": "a", "text": "Tệp ảnh .jpg chụp từ điện thoại"}, {"id": "b", "text": "Tệp Word .docx để nơi nhận sửa được"}, {"id": "c", "text": "Tệp PDF"}, {"id": "d", "text": "Tệp nén .zip"}]',
   'c', 'Văn bản điện tử ký số ở định dạng PDF; tệp Word chỉ dùng cho dự thảo để lấy ý kiến.'),
  ('0195a6b0-0000-7000-8003-000000002107', '0195a6b0-0000-7000-8000-000000000002', '0195a6b0-0000-7000-8001-000000000201',
   'Điều gì xảy ra nếu sửa nội dung một tệp PDF sau khi đã ký số?',
   '[{"id": "a", "text": "Phần mềm kiểm tra sẽ báo chữ ký không còn hợp lệ"}, {"id": "b", "text": "Chữ ký số tự cập nhật theo nội dung mới"}, {"id": "c", "text": "Không có gì thay đổi, văn bản vẫn hợp lệ"}, {"id": "d", "text": "Tệp tự động gửi lại cho người ký"}]',
   'a', 'Chữ ký số gắn với đúng nội dung lúc ký; sửa dù một chữ thì chữ ký báo không còn hợp lệ, phải ký lại bản mới.'),
  ('0195a6b0-0000-7000-8003-000000002108', '0195a6b0-0000-7000-8000-000000000002', '0195a6b0-0000-7000-8001-000000000201',
   'Trên văn bản điện tử, hình ảnh chữ ký số của cơ quan, tổ chức (hình con dấu) có màu gì?',
   '[{"id": "a", "text": "Màu đen"}, {"id": "b", "text": "Màu xanh lá"}, {"id": "c", "text": "Màu vàng"}, {"id": "d", "text": "Màu đỏ"}]',
   'd', 'Hình ảnh chữ ký số của cơ quan là hình con dấu màu đỏ; hình chữ ký của người có thẩm quyền màu xanh.'),
  ('0195a6b0-0000-7000-8003-000000002109', '0195a6b0-0000-7000-8000-000000000002', '0195a6b0-0000-7000-8001-000000000201',
   'Khi tự quét một văn bản giấy để đưa lên hệ thống, cách làm nào đúng?',
   '[{"id": "a", "text": "Chỉ quét trang đầu cho nhẹ tệp"}, {"id": "b", "text": "Quét toàn bộ văn bản kể cả phụ lục, rõ nét, kiểm tra từng trang"}, {"id": "c", "text": "Chụp ảnh nghiêng bằng điện thoại cho nhanh"}, {"id": "d", "text": "Quét nhiều văn bản khác nhau vào chung một tệp"}]',
   'b', 'Bản số hóa phải đủ trang, đọc được dấu và chữ ký, mỗi văn bản một tệp, được kiểm tra trước khi lưu.'),
  ('0195a6b0-0000-7000-8003-000000002110', '0195a6b0-0000-7000-8000-000000000002', '0195a6b0-0000-7000-8001-000000000201',
   'Bạn sắp nghỉ phép một tuần. Việc nào đúng với văn bản đang được giao cho bạn?',
   '[{"id": "a", "text": "Đưa tài khoản và mật khẩu cho đồng nghiệp để xử lý giúp"}, {"id": "b", "text": "Kết thúc xử lý tất cả văn bản trước khi nghỉ"}, {"id": "c", "text": "Báo lãnh đạo để giao người xử lý thay theo quy chế cơ quan"}, {"id": "d", "text": "Tắt thông báo, xử lý khi đi làm lại"}]',
   'c', 'Việc được giao người xử lý thay theo quy chế; tài khoản và mật khẩu là của riêng bạn, không đưa cho người khác.');

-- ===================================================================== Module 2: Chữ ký số
INSERT INTO lesson (id, course_id, module_id, position, title, kind, estimated_minutes,
                    video_url, video_duration_seconds, captions_url, body_markdown)
VALUES ('0195a6b0-0000-7000-8002-000000000221', '0195a6b0-0000-7000-8000-000000000002', '0195a6b0-0000-7000-8001-000000000202', 1,
        'Chữ ký số là gì?', 'TEXT', 7,
        NULL, NULL, NULL,
$md$Chữ ký số là một dạng chữ ký điện tử. Nó không phải hình chữ ký được dán vào văn bản, mà là một phép tính mật mã trên chính nội dung văn bản, làm bằng **khóa bí mật** chỉ người ký nắm giữ. Ai cũng kiểm tra được chữ ký bằng **khóa công khai** đi kèm.

### Chữ ký số bảo đảm điều gì?

- **Ai đã ký**: khóa của người ký được xác nhận bằng chứng thư chữ ký số (thường gọi là chứng thư số) do tổ chức cung cấp dịch vụ chứng thực cấp.
- **Nội dung không bị sửa** sau khi ký: chỉ cần thay đổi một chữ, chữ ký sẽ báo không còn hợp lệ.
- **Người ký không thể chối** là mình đã ký.

Hình ảnh chữ ký quét hay chụp rồi dán vào văn bản **không phải** chữ ký số và không có những bảo đảm trên.

### Hai loại chữ ký số bạn hay gặp

- **Chữ ký số chuyên dùng công vụ**: do Ban Cơ yếu Chính phủ cung cấp cho cơ quan, tổ chức và người có thẩm quyền trong hệ thống chính trị, để ký văn bản điện tử trong hoạt động công vụ. Cơ quan có chữ ký số của cơ quan (thay cho con dấu, do văn thư quản lý); lãnh đạo có chữ ký số cá nhân.
- **Chữ ký số công cộng**: do các tổ chức cung cấp dịch vụ chứng thực chữ ký số công cộng được cấp phép cung cấp cho người dân và doanh nghiệp, thường dùng để kê khai thuế, hải quan, bảo hiểm xã hội, giao dịch ngân hàng, dịch vụ công trực tuyến.

### Khóa bí mật được giữ ở đâu?

- Trong một **thiết bị lưu khóa** cắm vào máy tính (thường gọi là USB token).
- Trong **SIM** điện thoại có chức năng ký số.
- Trên hệ thống của tổ chức cung cấp dịch vụ (**ký số từ xa**): người ký xác nhận từng lần ký bằng ứng dụng trên điện thoại.

Dù giữ ở đâu, khóa bí mật chỉ dùng được khi có mã PIN hoặc bước xác nhận của chính người được cấp.

### Ghi nhớ

- Chữ ký số xác định người ký và phát hiện mọi thay đổi sau khi ký.
- Hình chữ ký dán vào văn bản không phải chữ ký số.
- Chuyên dùng công vụ: Ban Cơ yếu Chính phủ cấp, dùng trong công vụ. Công cộng: tổ chức được cấp phép cung cấp, cho người dân và doanh nghiệp.$md$);
INSERT INTO lesson (id, course_id, module_id, position, title, kind, estimated_minutes,
                    video_url, video_duration_seconds, captions_url, body_markdown)
VALUES ('0195a6b0-0000-7000-8002-000000000222', '0195a6b0-0000-7000-8000-000000000002', '0195a6b0-0000-7000-8001-000000000202', 2,
        'Ký số trên máy tính và trên điện thoại', 'TEXT', 7,
        NULL, NULL, NULL,
$md$Cách ký cụ thể phụ thuộc vào hệ thống quản lý văn bản của cơ quan và loại thiết bị ký bạn được cấp. Bộ phận phụ trách công nghệ thông tin của cơ quan sẽ cài đặt và hướng dẫn lần đầu; các bước dưới đây là những bước chung.

### Ký trên máy tính bằng thiết bị lưu khóa (USB token)

1. Cài phần mềm ký số và trình điều khiển thiết bị theo hướng dẫn của cơ quan (chỉ cài từ nguồn cơ quan cung cấp).
2. Cắm thiết bị vào máy tính.
3. Mở văn bản trên hệ thống quản lý văn bản, **đọc lại bản cuối cùng**, rồi chọn chức năng **Ký số**.
4. Chọn vị trí đặt chữ ký nếu hệ thống yêu cầu.
5. Nhập **mã PIN** của thiết bị. Chờ thông báo ký thành công.
6. Rút thiết bị ra khi đã ký xong.

### Ký trên điện thoại

Với ký số từ xa hoặc SIM ký số, bạn ký được cả khi đi công tác:

1. Cài ứng dụng ký số theo hướng dẫn của cơ quan hoặc tổ chức cung cấp dịch vụ.
2. Khi có yêu cầu ký, điện thoại nhận thông báo.
3. Mở ứng dụng, **xem đúng văn bản** cần ký: tên, trích yếu, người trình.
4. Xác nhận bằng mã PIN hoặc vân tay, khuôn mặt nếu ứng dụng cho phép.

Nếu nhận một yêu cầu ký mà bạn không hề thực hiện, hãy **từ chối** và báo ngay cho bộ phận công nghệ thông tin: có thể ai đó đang dùng tài khoản của bạn.

### Đúng người, đúng lúc

- Người có thẩm quyền ký trước; văn thư cấp số rồi ký số của cơ quan sau.
- Chỉ người được cấp chữ ký số mới được dùng nó. Không nhờ người khác ký hộ, không ký hộ người khác, kể cả khi được đưa sẵn thiết bị và mã PIN.
- Ký xong mà phát hiện sai sót: không sửa tệp đã ký, mà sửa dự thảo và trình ký lại.

### Ghi nhớ

- Đọc lại bản cuối trước khi ký; nhập PIN hoặc xác nhận trên điện thoại.
- Yêu cầu ký lạ: từ chối và báo bộ phận công nghệ thông tin.
- Chữ ký số của ai thì chỉ người đó dùng.$md$);
INSERT INTO lesson (id, course_id, module_id, position, title, kind, estimated_minutes,
                    video_url, video_duration_seconds, captions_url, body_markdown)
VALUES ('0195a6b0-0000-7000-8002-000000000223', '0195a6b0-0000-7000-8000-000000000002', '0195a6b0-0000-7000-8001-000000000202', 3,
        'Kiểm tra chữ ký số và giữ an toàn thiết bị ký', 'TEXT', 7,
        NULL, NULL, NULL,
$md$Nhận một văn bản điện tử, bạn có thể tự kiểm tra nó có đúng do người, cơ quan ghi trên văn bản ký hay không và có bị sửa sau khi ký không.

### Kiểm tra chữ ký số trên tệp PDF

1. Mở tệp bằng phần mềm đọc PDF có hỗ trợ chữ ký số (ví dụ Adobe Acrobat Reader), hoặc dùng chức năng kiểm tra chữ ký của hệ thống quản lý văn bản.
2. Mở **bảng chữ ký** (Signature Panel) để xem từng chữ ký trong tệp.
3. Với mỗi chữ ký, xem: **ai ký**, **thời gian ký**, chứng thư số **còn hiệu lực** không, và tài liệu có **bị sửa sau khi ký** không.

Văn bản hợp lệ khi mọi chữ ký đều đúng người, đúng cơ quan, chứng thư còn hiệu lực vào lúc ký và tài liệu không bị thay đổi.

### Khi phần mềm cảnh báo

- **“Tài liệu đã bị thay đổi sau khi ký”** hoặc chữ ký không hợp lệ: không dùng văn bản này như văn bản chính thức; liên hệ nơi gửi để nhận lại bản đúng.
- **Không xác định được người ký**: có thể máy chưa cài chứng thư gốc của tổ chức cấp chữ ký (hay gặp với chữ ký số chuyên dùng công vụ). Nhờ bộ phận công nghệ thông tin cài đặt rồi kiểm tra lại, không vội kết luận.
- Chứng thư **hết hạn hoặc bị thu hồi** trước thời điểm ký: chữ ký không có giá trị.

### Giữ an toàn thiết bị ký

- Đổi **mã PIN mặc định** ngay khi nhận thiết bị; giữ PIN bí mật, không ghi lên thiết bị hay dán cạnh máy tính.
- Không để thiết bị cắm sẵn trên máy khi không ký; không cho ai mượn.
- Nhập sai PIN nhiều lần, thiết bị có thể bị khóa: liên hệ bộ phận phụ trách để được hướng dẫn.
- **Mất thiết bị, mất điện thoại ký số hoặc nghi lộ PIN**: báo ngay cho cơ quan và tổ chức cung cấp dịch vụ để tạm dừng hoặc thu hồi chứng thư.
- Chuyển công tác, thay đổi chức vụ, nghỉ hưu: làm thủ tục thay đổi hoặc thu hồi chứng thư theo quy định hiện hành.

### Ghi nhớ

- Bảng chữ ký cho biết ai ký, khi nào, chứng thư còn hiệu lực không, tài liệu có bị sửa không.
- Cảnh báo “đã bị thay đổi”: không dùng văn bản, liên hệ nơi gửi.
- Đổi PIN mặc định, giữ kín PIN; mất thiết bị thì báo ngay để thu hồi chứng thư.$md$);
INSERT INTO question (id, course_id, module_id, prompt, options, correct_option, explanation) VALUES
  ('0195a6b0-0000-7000-8003-000000002201', '0195a6b0-0000-7000-8000-000000000002', '0195a6b0-0000-7000-8001-000000000202',
   'Chữ ký số bảo đảm điều gì cho một văn bản điện tử?',
   '[{"id": "a", "text": "Văn bản được in ra đẹp hơn"}, {"id": "b", "text": "Văn bản không ai khác đọc được"}, {"id": "c", "text": "Xác định được người ký và phát hiện nội dung bị sửa sau khi ký"}, {"id": "d", "text": "Văn bản tự động được gửi đến mọi cơ quan"}]',
   'c', 'Chữ ký số xác định người ký, giúp phát hiện mọi thay đổi sau khi ký và người ký không thể chối bỏ.'),
  ('0195a6b0-0000-7000-8003-000000002202', '0195a6b0-0000-7000-8000-000000000002', '0195a6b0-0000-7000-8001-000000000202',
   'Chữ ký số chuyên dùng công vụ do đơn vị nào cung cấp?',
   '[{"id": "a", "text": "Ban Cơ yếu Chính phủ"}, {"id": "b", "text": "Ngân hàng nơi cơ quan mở tài khoản"}, {"id": "c", "text": "Nhà mạng điện thoại của cán bộ"}, {"id": "d", "text": "Ủy ban nhân dân cấp xã"}]',
   'a', 'Chữ ký số chuyên dùng công vụ do Ban Cơ yếu Chính phủ cung cấp cho cơ quan, tổ chức và người có thẩm quyền.'),
  ('0195a6b0-0000-7000-8003-000000002203', '0195a6b0-0000-7000-8000-000000000002', '0195a6b0-0000-7000-8001-000000000202',
   'Hình chữ ký tay được quét rồi dán vào văn bản có phải là chữ ký số không?',
   '[{"id": "a", "text": "Có, nếu hình quét đủ rõ nét"}, {"id": "b", "text": "Có, nếu dán đúng vị trí ký"}, {"id": "c", "text": "Có, nếu văn bản ở định dạng PDF"}, {"id": "d", "text": "Không, đó chỉ là hình ảnh"}]',
   'd', 'Chữ ký số là phép tính mật mã bằng khóa bí mật của người ký; một hình ảnh dán vào không có giá trị đó.'),
  ('0195a6b0-0000-7000-8003-000000002204', '0195a6b0-0000-7000-8000-000000000002', '0195a6b0-0000-7000-8001-000000000202',
   'Chữ ký số công cộng thường được người dân, doanh nghiệp dùng để làm gì?',
   '[{"id": "a", "text": "Kê khai thuế, bảo hiểm xã hội, giao dịch ngân hàng, dịch vụ công trực tuyến"}, {"id": "b", "text": "Ký văn bản mật của cơ quan nhà nước"}, {"id": "c", "text": "Thay cho thẻ căn cước khi đi máy bay"}, {"id": "d", "text": "Mở khóa màn hình điện thoại"}]',
   'a', 'Chữ ký số công cộng do tổ chức được cấp phép cung cấp, dùng trong các giao dịch điện tử của người dân và doanh nghiệp.'),
  ('0195a6b0-0000-7000-8003-000000002205', '0195a6b0-0000-7000-8000-000000000002', '0195a6b0-0000-7000-8001-000000000202',
   'Việc nào nên làm đầu tiên khi nhận thiết bị ký số (USB token)?',
   '[{"id": "a", "text": "Dán mã PIN lên thiết bị cho khỏi quên"}, {"id": "b", "text": "Đổi mã PIN mặc định và giữ bí mật"}, {"id": "c", "text": "Cho đồng nghiệp cùng phòng biết mã PIN"}, {"id": "d", "text": "Để thiết bị cắm sẵn trên máy cho tiện"}]',
   'b', 'Mã PIN mặc định nhiều người có thể biết; đổi ngay và giữ kín để chỉ bạn dùng được thiết bị.'),
  ('0195a6b0-0000-7000-8003-000000002206', '0195a6b0-0000-7000-8000-000000000002', '0195a6b0-0000-7000-8001-000000000202',
   'Bạn làm mất thiết bị ký số. Bạn cần làm gì?',
   '[{"id": "a", "text": "Chờ vài ngày xem có ai trả lại không"}, {"id": "b", "text": "Mượn thiết bị của đồng nghiệp để ký tạm"}, {"id": "c", "text": "Báo ngay cho cơ quan và tổ chức cung cấp dịch vụ để tạm dừng hoặc thu hồi chứng thư"}, {"id": "d", "text": "Không cần làm gì vì người khác không biết mã PIN"}]',
   'c', 'Báo ngay để tạm dừng hoặc thu hồi chứng thư, tránh kẻ gian dùng thiết bị ký thay bạn.'),
  ('0195a6b0-0000-7000-8003-000000002207', '0195a6b0-0000-7000-8000-000000000002', '0195a6b0-0000-7000-8001-000000000202',
   'Điện thoại báo có yêu cầu ký số một văn bản mà bạn không hề thực hiện. Bạn nên làm gì?',
   '[{"id": "a", "text": "Xác nhận cho xong để hết thông báo"}, {"id": "b", "text": "Từ chối và báo ngay cho bộ phận công nghệ thông tin"}, {"id": "c", "text": "Bỏ qua, để yêu cầu tự hết hạn"}, {"id": "d", "text": "Gửi mã PIN cho bộ phận hỗ trợ để họ kiểm tra"}]',
   'b', 'Một yêu cầu ký lạ có thể là dấu hiệu tài khoản bị người khác dùng: từ chối và báo ngay.'),
  ('0195a6b0-0000-7000-8003-000000002208', '0195a6b0-0000-7000-8000-000000000002', '0195a6b0-0000-7000-8001-000000000202',
   'Làm thế nào để kiểm tra chữ ký số trên một tệp PDF?',
   '[{"id": "a", "text": "Phóng to hình chữ ký xem có giống chữ ký thật không"}, {"id": "b", "text": "Gọi điện hỏi người ký có ký không"}, {"id": "c", "text": "In tệp ra giấy rồi so với bản cũ"}, {"id": "d", "text": "Mở tệp bằng phần mềm đọc PDF hỗ trợ chữ ký số và xem bảng chữ ký"}]',
   'd', 'Bảng chữ ký cho biết ai ký, lúc nào, chứng thư còn hiệu lực không và tài liệu có bị sửa sau khi ký không.'),
  ('0195a6b0-0000-7000-8003-000000002209', '0195a6b0-0000-7000-8000-000000000002', '0195a6b0-0000-7000-8001-000000000202',
   'Phần mềm báo “tài liệu đã bị thay đổi sau khi ký”. Bạn xử lý thế nào?',
   '[{"id": "a", "text": "Không dùng như văn bản chính thức, liên hệ nơi gửi để nhận lại bản đúng"}, {"id": "b", "text": "Vẫn dùng bình thường vì đã có hình chữ ký"}, {"id": "c", "text": "Tự sửa lại nội dung cho đúng rồi lưu"}, {"id": "d", "text": "Xóa chữ ký đi rồi chuyển cho người khác"}]',
   'a', 'Cảnh báo này cho biết nội dung khác với lúc ký, nên văn bản không còn đáng tin cho đến khi có bản đúng.'),
  ('0195a6b0-0000-7000-8003-000000002210', '0195a6b0-0000-7000-8000-000000000002', '0195a6b0-0000-7000-8001-000000000202',
   'Lãnh đạo đi vắng, đồng nghiệp đưa thiết bị ký số và mã PIN của lãnh đạo nhờ bạn ký hộ một văn bản gấp. Bạn nên làm gì?',
   '[{"id": "a", "text": "Ký hộ vì văn bản gấp"}, {"id": "b", "text": "Ký hộ rồi báo lại lãnh đạo sau"}, {"id": "c", "text": "Không ký hộ; báo lãnh đạo để lãnh đạo tự ký từ xa hoặc giao người có thẩm quyền"}, {"id": "d", "text": "Ký bằng chữ ký số của mình thay vào"}]',
   'c', 'Chữ ký số của ai chỉ người đó được dùng; lãnh đạo có thể ký trên điện thoại hoặc giao người có thẩm quyền ký theo quy định.');

-- ===================================================================== Module 3: Cổng Dịch vụ công quốc gia
INSERT INTO lesson (id, course_id, module_id, position, title, kind, estimated_minutes,
                    video_url, video_duration_seconds, captions_url, body_markdown)
VALUES ('0195a6b0-0000-7000-8002-000000000231', '0195a6b0-0000-7000-8000-000000000002', '0195a6b0-0000-7000-8001-000000000203', 1,
        'Cổng Dịch vụ công quốc gia và đăng nhập bằng VNeID', 'TEXT', 7,
        NULL, NULL, NULL,
$md$**Cổng Dịch vụ công quốc gia** (địa chỉ **dichvucong.gov.vn**) là nơi người dân, doanh nghiệp tìm thông tin thủ tục hành chính, nộp hồ sơ, nộp phí, lệ phí và theo dõi kết quả trực tuyến, cho thủ tục của cả bộ, ngành và tỉnh. Là cán bộ, công chức, viên chức, bạn vừa dùng Cổng cho việc của mình, vừa hướng dẫn người dân dùng nó.

### Tài khoản định danh điện tử VNeID

Theo quy định hiện hành, người dân đăng nhập Cổng Dịch vụ công quốc gia bằng **tài khoản định danh điện tử** do Bộ Công an cấp, dùng qua ứng dụng **VNeID**.

- **Mức 1**: tự đăng ký trên ứng dụng VNeID; dùng được một số tiện ích.
- **Mức 2**: đăng ký tại cơ quan công an (thường cùng lúc làm thẻ căn cước), có đối chiếu ảnh chân dung và vân tay. Tài khoản mức 2 dùng được đầy đủ cho dịch vụ công trực tuyến.

Nếu người dân chưa có tài khoản mức 2, hãy hướng dẫn họ đến công an cấp xã hoặc nơi làm thẻ căn cước để được kích hoạt.

### Đăng nhập

1. Mở trình duyệt, gõ đúng địa chỉ **dichvucong.gov.vn**. Kiểm tra kỹ địa chỉ: trang giả mạo thường có tên gần giống.
2. Chọn **Đăng nhập**, rồi chọn đăng nhập bằng tài khoản định danh điện tử.
3. Nhập số định danh cá nhân và mật khẩu VNeID, hoặc quét mã QR trên màn hình bằng ứng dụng VNeID.
4. Xác nhận trên ứng dụng VNeID hoặc nhập mã OTP gửi về điện thoại.

Mã OTP và mật khẩu VNeID chỉ người chủ tài khoản được biết. Cán bộ hướng dẫn không hỏi, không ghi lại, không giữ hộ.

### Tìm đúng thủ tục

- Gõ tên thủ tục vào ô tìm kiếm, ví dụ “đăng ký khai sinh”.
- Chọn đúng **cơ quan thực hiện**: tỉnh Quảng Ngãi và xã, phường nơi giải quyết.
- Đọc phần thông tin thủ tục: thành phần hồ sơ, thời hạn giải quyết, phí, lệ phí, trước khi bắt đầu.

### Ghi nhớ

- Cổng Dịch vụ công quốc gia: dichvucong.gov.vn, gõ đúng địa chỉ.
- Đăng nhập bằng tài khoản định danh điện tử VNeID; mức 2 đăng ký tại cơ quan công an.
- Mật khẩu, mã OTP là của người dân: không hỏi, không giữ hộ.$md$);
INSERT INTO lesson (id, course_id, module_id, position, title, kind, estimated_minutes,
                    video_url, video_duration_seconds, captions_url, body_markdown)
VALUES ('0195a6b0-0000-7000-8002-000000000232', '0195a6b0-0000-7000-8000-000000000002', '0195a6b0-0000-7000-8001-000000000203', 2,
        'Nộp hồ sơ, thanh toán và tra cứu trực tuyến', 'TEXT', 8,
        NULL, NULL, NULL,
$md$Trên Cổng, mỗi thủ tục cho biết nó được cung cấp trực tuyến ở mức nào. Biết điều này, bạn nói trước được cho người dân việc nào làm xong trên mạng, việc nào còn phải đến cơ quan.

### Toàn trình và một phần

- **Dịch vụ công trực tuyến toàn trình**: toàn bộ quá trình, từ cung cấp thông tin, nộp hồ sơ, nộp phí đến nhận kết quả, đều làm trực tuyến. Người dân không phải đến cơ quan.
- **Dịch vụ công trực tuyến một phần**: một số bước vẫn làm trực tiếp, ví dụ xuất trình giấy tờ gốc hay nhận kết quả tại bộ phận một cửa.

### Nộp hồ sơ

1. Đăng nhập, tìm thủ tục và chọn **Nộp trực tuyến**.
2. Điền tờ khai. Nhiều thông tin (họ tên, ngày sinh, nơi cư trú) được lấy sẵn từ Cơ sở dữ liệu quốc gia về dân cư: kiểm tra lại cho đúng.
3. Đính kèm giấy tờ theo yêu cầu: ảnh chụp hoặc bản quét rõ nét, đủ trang, đúng loại tệp Cổng chấp nhận.
4. Kiểm tra toàn bộ rồi **Nộp hồ sơ**.
5. Ghi lại **mã hồ sơ** Cổng cấp. Người dân cũng nhận được thông báo qua tin nhắn hoặc thư điện tử.

### Thanh toán trực tuyến

Phí, lệ phí được nộp ngay trên Cổng, qua các ngân hàng và ví điện tử mà Cổng kết nối. Sau khi thanh toán, Cổng lưu biên lai điện tử.

Cơ quan nhà nước **không** yêu cầu người dân chuyển tiền vào tài khoản của một cá nhân để “xử lý nhanh”. Ai gọi điện, nhắn tin đòi như vậy là dấu hiệu lừa đảo.

### Tra cứu và nhận kết quả

- Dùng chức năng **Tra cứu hồ sơ** với mã hồ sơ, hoặc xem trong mục hồ sơ của tài khoản.
- Trạng thái cho biết hồ sơ đã được tiếp nhận, đang xử lý, cần bổ sung hay đã có kết quả.
- Khi cần bổ sung, cơ quan nêu rõ phải bổ sung gì; người dân bổ sung ngay trên Cổng.
- Kết quả điện tử được gửi qua Cổng và có thể lưu vào kho dữ liệu của tài khoản để dùng cho lần sau.

### Ghi nhớ

- Toàn trình: làm hết trên mạng. Một phần: còn bước phải làm trực tiếp.
- Giữ mã hồ sơ để tra cứu.
- Nộp phí trên Cổng; không chuyển tiền vào tài khoản cá nhân theo yêu cầu của bất kỳ ai.$md$);
INSERT INTO lesson (id, course_id, module_id, position, title, kind, estimated_minutes,
                    video_url, video_duration_seconds, captions_url, body_markdown)
VALUES ('0195a6b0-0000-7000-8002-000000000233', '0195a6b0-0000-7000-8000-000000000002', '0195a6b0-0000-7000-8001-000000000203', 3,
        'Tiếp nhận hồ sơ và hướng dẫn người dân', 'TEXT', 7,
        NULL, NULL, NULL,
$md$Người dân chỉ dùng dịch vụ công trực tuyến khi được hướng dẫn tận tình và hồ sơ nộp trên mạng được giải quyết tốt như nộp trực tiếp. Cả hai việc đó nằm trong tay cán bộ, công chức.

### Khi tiếp nhận hồ sơ trực tuyến

- Kiểm tra hồ sơ trên hệ thống giải quyết thủ tục hành chính của tỉnh ngay trong ngày làm việc.
- Hồ sơ chưa đủ: yêu cầu bổ sung **một lần, đầy đủ, rõ ràng**, nói cụ thể thiếu giấy tờ gì, sai thông tin nào.
- Theo dõi hạn giải quyết; hồ sơ có nguy cơ trễ hạn phải được báo cáo sớm. Theo quy định hiện hành, hồ sơ quá hạn phải có văn bản xin lỗi người dân và hẹn lại thời gian trả kết quả.
- Với hồ sơ nộp trực tiếp, giấy tờ được **số hóa** để lần sau người dân không phải nộp lại giấy tờ đã có.

### Khi hướng dẫn người dân tại bộ phận một cửa hay ở thôn, tổ dân phố

1. Ngồi cạnh, để người dân **tự cầm điện thoại, tự bấm**; bạn chỉ từng bước.
2. Nói chậm, dùng lời đơn giản, tránh từ chuyên môn; mỗi lần một bước.
3. Nhắc người dân tự nhập mật khẩu và mã OTP, không đọc to.
4. Khi xong, chỉ cho họ chỗ xem mã hồ sơ và cách tra cứu.
5. Người cao tuổi, người khuyết tật, người không có điện thoại: giới thiệu Tổ công nghệ số cộng đồng của xã, phường, hoặc con cháu trong gia đình giúp đỡ.

### Những điều không làm

- Không giữ mật khẩu, không ghi lại mã OTP, không chụp lại giấy tờ của người dân vào điện thoại cá nhân.
- Không tự đăng nhập tài khoản của người dân để làm thay khi họ không có mặt, không đồng ý.
- Không thu thêm bất kỳ khoản tiền nào ngoài phí, lệ phí đã công bố.

### Ghi nhớ

- Yêu cầu bổ sung một lần, đầy đủ, rõ ràng; theo dõi hạn giải quyết.
- Hướng dẫn để người dân tự làm; mật khẩu, OTP là của họ.
- Người cần giúp: giới thiệu Tổ công nghệ số cộng đồng.$md$);
INSERT INTO question (id, course_id, module_id, prompt, options, correct_option, explanation) VALUES
  ('0195a6b0-0000-7000-8003-000000002301', '0195a6b0-0000-7000-8000-000000000002', '0195a6b0-0000-7000-8001-000000000203',
   'Địa chỉ của Cổng Dịch vụ công quốc gia là gì?',
   '[{"id": "a", "text": "dichvucong.com.vn"}, {"id": "b", "text": "dichvucong.gov.vn"}, {"id": "c", "text": "dichvucongquocgia.net"}, {"id": "d", "text": "congdichvu.vn"}]',
   'b', 'Cổng Dịch vụ công quốc gia có địa chỉ dichvucong.gov.vn; trang giả mạo thường có tên gần giống.'),
  ('0195a6b0-0000-7000-8003-000000002302', '0195a6b0-0000-7000-8000-000000000002', '0195a6b0-0000-7000-8001-000000000203',
   'Theo quy định hiện hành, người dân đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản nào?',
   '[{"id": "a", "text": "Tài khoản Facebook hoặc Zalo"}, {"id": "b", "text": "Số điện thoại và mật khẩu tự đặt trên Cổng"}, {"id": "c", "text": "Tài khoản định danh điện tử VNeID do Bộ Công an cấp"}, {"id": "d", "text": "Tài khoản ngân hàng điện tử"}]',
   'c', 'Người dân đăng nhập Cổng bằng tài khoản định danh điện tử do Bộ Công an cấp, dùng qua ứng dụng VNeID.'),
  ('0195a6b0-0000-7000-8003-000000002303', '0195a6b0-0000-7000-8000-000000000002', '0195a6b0-0000-7000-8001-000000000203',
   'Người dân muốn có tài khoản định danh điện tử mức 2 thì đăng ký ở đâu?',
   '[{"id": "a", "text": "Tại cơ quan công an, thường cùng lúc làm thẻ căn cước"}, {"id": "b", "text": "Tự đăng ký trên mạng xã hội"}, {"id": "c", "text": "Tại cửa hàng của nhà mạng điện thoại"}, {"id": "d", "text": "Tại ngân hàng nơi có tài khoản"}]',
   'a', 'Tài khoản mức 2 được đăng ký tại cơ quan công an, có đối chiếu ảnh chân dung và vân tay.'),
  ('0195a6b0-0000-7000-8003-000000002304', '0195a6b0-0000-7000-8000-000000000002', '0195a6b0-0000-7000-8001-000000000203',
   'Dịch vụ công trực tuyến toàn trình là gì?',
   '[{"id": "a", "text": "Chỉ xem được thông tin thủ tục trên mạng"}, {"id": "b", "text": "Nộp hồ sơ trên mạng nhưng phải đến nộp lệ phí và nhận kết quả"}, {"id": "c", "text": "Chỉ tải được mẫu tờ khai về để in"}, {"id": "d", "text": "Toàn bộ quá trình, từ nộp hồ sơ, nộp phí đến nhận kết quả, đều làm trực tuyến"}]',
   'd', 'Với dịch vụ toàn trình, người dân làm mọi bước trên mạng, không phải đến cơ quan.'),
  ('0195a6b0-0000-7000-8003-000000002305', '0195a6b0-0000-7000-8000-000000000002', '0195a6b0-0000-7000-8001-000000000203',
   'Với dịch vụ công trực tuyến một phần, người dân cần lưu ý gì?',
   '[{"id": "a", "text": "Một số bước vẫn phải làm trực tiếp, ví dụ xuất trình giấy tờ gốc hoặc nhận kết quả"}, {"id": "b", "text": "Không cần làm thêm gì sau khi nộp hồ sơ"}, {"id": "c", "text": "Phải nộp hồ sơ hai lần, một lần trên mạng và một lần bằng giấy"}, {"id": "d", "text": "Chỉ cán bộ mới được nộp hồ sơ thay"}]',
   'a', 'Dịch vụ một phần có bước phải làm trực tiếp tại cơ quan; nói trước cho người dân để họ chuẩn bị.'),
  ('0195a6b0-0000-7000-8003-000000002306', '0195a6b0-0000-7000-8000-000000000002', '0195a6b0-0000-7000-8001-000000000203',
   'Sau khi nộp hồ sơ trực tuyến, người dân cần giữ thông tin gì để theo dõi hồ sơ?',
   '[{"id": "a", "text": "Mật khẩu của cán bộ tiếp nhận"}, {"id": "b", "text": "Mã hồ sơ do Cổng cấp"}, {"id": "c", "text": "Số điện thoại của người nộp hồ sơ trước"}, {"id": "d", "text": "Ảnh chụp màn hình trang chủ"}]',
   'b', 'Mã hồ sơ dùng để tra cứu tình trạng hồ sơ trên Cổng.'),
  ('0195a6b0-0000-7000-8003-000000002307', '0195a6b0-0000-7000-8000-000000000002', '0195a6b0-0000-7000-8001-000000000203',
   'Cách nộp phí, lệ phí của thủ tục trực tuyến nào là đúng?',
   '[{"id": "a", "text": "Chuyển khoản vào tài khoản cá nhân của cán bộ tiếp nhận"}, {"id": "b", "text": "Gửi tiền qua người quen làm ở cơ quan"}, {"id": "c", "text": "Thanh toán ngay trên Cổng qua ngân hàng hoặc ví điện tử mà Cổng kết nối"}, {"id": "d", "text": "Nạp thẻ điện thoại rồi gửi mã thẻ"}]',
   'c', 'Phí, lệ phí nộp trên Cổng và có biên lai điện tử; cơ quan không thu qua tài khoản cá nhân.'),
  ('0195a6b0-0000-7000-8003-000000002308', '0195a6b0-0000-7000-8000-000000000002', '0195a6b0-0000-7000-8001-000000000203',
   'Một người tự xưng là cán bộ gọi điện, đề nghị chuyển tiền vào tài khoản cá nhân để hồ sơ được “xử lý nhanh”. Đây là gì?',
   '[{"id": "a", "text": "Dấu hiệu lừa đảo"}, {"id": "b", "text": "Một dịch vụ ưu tiên hợp pháp"}, {"id": "c", "text": "Lệ phí bắt buộc của thủ tục"}, {"id": "d", "text": "Cách nộp phí mới của Cổng"}]',
   'a', 'Cơ quan nhà nước không thu tiền qua tài khoản cá nhân; yêu cầu như vậy là dấu hiệu lừa đảo.'),
  ('0195a6b0-0000-7000-8003-000000002309', '0195a6b0-0000-7000-8000-000000000002', '0195a6b0-0000-7000-8001-000000000203',
   'Khi hướng dẫn người cao tuổi nộp hồ sơ trên điện thoại, cách làm nào đúng?',
   '[{"id": "a", "text": "Cầm máy làm nhanh hộ rồi trả lại"}, {"id": "b", "text": "Ghi lại mật khẩu của họ để lần sau làm giúp"}, {"id": "c", "text": "Hỏi mã OTP để nhập cho nhanh"}, {"id": "d", "text": "Để họ tự bấm, chỉ từng bước, nhắc họ tự nhập mật khẩu và mã OTP"}]',
   'd', 'Người dân tự thao tác sẽ nhớ cách làm; mật khẩu và mã OTP phải do chính họ nhập và giữ.'),
  ('0195a6b0-0000-7000-8003-000000002310', '0195a6b0-0000-7000-8000-000000000002', '0195a6b0-0000-7000-8001-000000000203',
   'Hồ sơ trực tuyến còn thiếu giấy tờ. Cán bộ tiếp nhận nên làm gì?',
   '[{"id": "a", "text": "Từ chối hồ sơ mà không nêu lý do"}, {"id": "b", "text": "Yêu cầu bổ sung một lần, đầy đủ, rõ ràng"}, {"id": "c", "text": "Yêu cầu bổ sung từng giấy tờ một, mỗi lần một thứ"}, {"id": "d", "text": "Để nguyên đến khi hết hạn giải quyết"}]',
   'b', 'Yêu cầu bổ sung một lần, nói rõ thiếu gì, giúp người dân không phải đi lại nhiều lần.');

-- ===================================================================== Module 4: An toàn thông tin khi làm việc
INSERT INTO lesson (id, course_id, module_id, position, title, kind, estimated_minutes,
                    video_url, video_duration_seconds, captions_url, body_markdown)
VALUES ('0195a6b0-0000-7000-8002-000000000241', '0195a6b0-0000-7000-8000-000000000002', '0195a6b0-0000-7000-8001-000000000204', 1,
        'Mật khẩu mạnh và xác thực hai lớp', 'TEXT', 7,
        NULL, NULL, NULL,
$md$Tài khoản thư điện tử công vụ, hệ thống quản lý văn bản, hệ thống giải quyết thủ tục hành chính đều chứa thông tin của cơ quan và của người dân. Kẻ gian chỉ cần đoán được một mật khẩu là có thể đọc, sửa, gửi đi những thông tin đó dưới tên bạn.

### Mật khẩu mạnh

- Dài **ít nhất 12 ký tự**. Dễ nhất là một cụm từ chỉ bạn biết, ví dụ: “Sang-nay-tu-di-bo-ra-bien-My-Khe!”.
- Không dùng ngày sinh, số điện thoại, biển số xe, tên cơ quan, “123456” hay “matkhau”.
- **Mỗi hệ thống một mật khẩu riêng.** Dùng chung một mật khẩu, lộ ở một nơi là lộ ở mọi nơi.
- Đổi ngay **mật khẩu mặc định** được cấp lần đầu.
- Khó nhớ nhiều mật khẩu: dùng trình quản lý mật khẩu đáng tin cậy. Không ghi mật khẩu ra giấy dán cạnh màn hình.
- Nghi mật khẩu bị lộ: **đổi ngay** và báo bộ phận công nghệ thông tin.

### Xác thực hai lớp

Xác thực hai lớp thêm một bước sau mật khẩu: nhập mã từ ứng dụng xác thực, từ tin nhắn, hoặc bấm xác nhận trên điện thoại của bạn. Kẻ gian biết mật khẩu mà không có điện thoại của bạn thì vẫn không đăng nhập được.

1. Vào phần cài đặt bảo mật của tài khoản (thư điện tử, mạng xã hội của cơ quan…).
2. Bật **xác thực hai lớp** (có nơi gọi là xác minh 2 bước).
3. Làm theo hướng dẫn để gắn với điện thoại của bạn; lưu các mã dự phòng ở nơi an toàn.

Mã xác thực chỉ để bạn tự nhập. Không ai có lý do chính đáng để hỏi mã đó, kể cả người xưng là bộ phận kỹ thuật.

### Khóa máy khi rời bàn

Rời bàn làm việc dù chỉ vài phút, hãy khóa màn hình: trên Windows nhấn **phím Windows + L**. Cài để máy tự khóa sau vài phút không dùng; điện thoại cũng vậy.

### Ghi nhớ

- Ít nhất 12 ký tự, mỗi hệ thống một mật khẩu, đổi mật khẩu mặc định.
- Bật xác thực hai lớp; không đọc mã cho ai.
- Rời bàn là khóa màn hình (Windows + L).$md$);
INSERT INTO lesson (id, course_id, module_id, position, title, kind, estimated_minutes,
                    video_url, video_duration_seconds, captions_url, body_markdown)
VALUES ('0195a6b0-0000-7000-8002-000000000242', '0195a6b0-0000-7000-8000-000000000002', '0195a6b0-0000-7000-8001-000000000204', 2,
        'Nhận diện thư điện tử giả mạo', 'TEXT', 7,
        NULL, NULL, NULL,
$md$Phần lớn các vụ tấn công vào cơ quan bắt đầu bằng một thư điện tử hay một tin nhắn: kẻ gian giả làm cấp trên, cơ quan thuế, ngân hàng, bộ phận kỹ thuật, để lừa người nhận bấm vào liên kết, mở tệp đính kèm hoặc chuyển tiền.

### Dấu hiệu của thư giả mạo

- **Địa chỉ người gửi lạ**: tên hiển thị đúng tên lãnh đạo, nhưng địa chỉ thật là một hộp thư miễn phí, hoặc tên miền gần giống, ví dụ thêm một dấu gạch, đổi một chữ so với tên miền .gov.vn của cơ quan.
- **Thúc giục, đe dọa**: “hộp thư sắp bị khóa”, “xử lý trong 30 phút”, “khẩn, không được báo ai”.
- **Liên kết dẫn đến trang đăng nhập** lạ để “xác minh tài khoản”.
- **Tệp đính kèm bất thường**: tệp nén (.zip, .rar), tệp chạy (.exe), tài liệu đòi “bật nội dung” (Enable Content, macro) mới xem được.
- **Đòi thông tin hoặc tiền**: mật khẩu, mã OTP, số tài khoản, chuyển tiền gấp.

### Trước khi bấm

1. Xem kỹ **địa chỉ thật** của người gửi, không chỉ tên hiển thị.
2. Trên máy tính, đặt chuột lên liên kết (không bấm) để xem địa chỉ thật hiện ra.
3. Thư lạ nhân danh người quen, cấp trên: gọi lại cho họ theo **số điện thoại bạn đã biết**, không theo số ghi trong thư.
4. Không chắc chắn: không mở, chuyển cho bộ phận công nghệ thông tin kiểm tra.

### Lỡ bấm rồi thì sao?

- Lỡ nhập mật khẩu vào trang lạ: **đổi mật khẩu ngay** (ở mọi nơi dùng cùng mật khẩu) và báo bộ phận công nghệ thông tin.
- Lỡ mở tệp đáng ngờ: **ngắt mạng** cho máy (rút cáp, tắt Wi-Fi) và báo ngay bộ phận công nghệ thông tin.

Báo sớm không có lỗi. Im lặng mới làm kẻ gian có thêm thời gian.

Cảnh giác cả với tin nhắn Zalo, cuộc gọi giả danh lãnh đạo, công an, cơ quan thuế: cơ quan nhà nước không yêu cầu chuyển tiền hay đọc mã OTP qua điện thoại.

### Ghi nhớ

- Xem địa chỉ thật của người gửi và của liên kết.
- Thúc giục, đòi mật khẩu, đòi tiền: dấu hiệu giả mạo.
- Xác minh qua số điện thoại đã biết.
- Lỡ bấm: đổi mật khẩu, ngắt mạng, báo ngay.$md$);
INSERT INTO lesson (id, course_id, module_id, position, title, kind, estimated_minutes,
                    video_url, video_duration_seconds, captions_url, body_markdown)
VALUES ('0195a6b0-0000-7000-8002-000000000243', '0195a6b0-0000-7000-8000-000000000002', '0195a6b0-0000-7000-8001-000000000204', 3,
        'Dữ liệu cá nhân, thiết bị, sao lưu và báo cáo sự cố', 'TEXT', 8,
        NULL, NULL, NULL,
$md$Cán bộ, công chức, viên chức giữ rất nhiều thông tin của người dân: họ tên, ngày sinh, số định danh cá nhân, nơi cư trú, tình trạng sức khỏe, hoàn cảnh gia đình. Giữ gìn những thông tin đó là trách nhiệm của từng người.

### Bảo vệ dữ liệu cá nhân

**Nghị định 13/2023/NĐ-CP** về bảo vệ dữ liệu cá nhân, và nay là **Luật Bảo vệ dữ liệu cá nhân** (Quốc hội thông qua năm 2025), quy định dữ liệu cá nhân chỉ được xử lý đúng mục đích, đúng phạm vi. Trong công việc hằng ngày, điều đó có nghĩa là:

- Chỉ xem, dùng dữ liệu của người dân cho đúng việc được giao.
- Gửi danh sách, hồ sơ có thông tin cá nhân qua **kênh công vụ** (hệ thống quản lý văn bản, thư điện tử công vụ) cho **đúng người cần**. Không đăng vào nhóm Zalo đông người, không đưa lên mạng xã hội.
- Không chụp hồ sơ, giấy tờ của người dân vào điện thoại cá nhân.
- Danh sách công khai (ví dụ danh sách nhận hỗ trợ) chỉ ghi những thông tin cần công khai theo quy định, không ghi số định danh, số điện thoại.
- Dữ liệu sức khỏe, tài chính, vị trí… là dữ liệu **nhạy cảm**: càng phải hạn chế người được xem.

### Thiết bị và mạng ở cơ quan

- Cập nhật hệ điều hành và phần mềm khi có thông báo; bật phần mềm phòng chống mã độc.
- Không cài phần mềm không rõ nguồn gốc, phần mềm “bẻ khóa”.
- Không cắm USB, thẻ nhớ lạ vào máy cơ quan.
- Không dùng Wi-Fi công cộng để làm việc công khi không có biện pháp bảo vệ do cơ quan cung cấp.
- Máy dùng cho tài liệu bí mật nhà nước không kết nối Internet.

### Sao lưu

Mã độc tống tiền có thể mã hóa toàn bộ tài liệu trong máy. Hãy sao lưu theo quy tắc **3-2-1**: giữ **3** bản dữ liệu, trên **2** loại thiết bị lưu trữ khác nhau, trong đó **1** bản để ở nơi khác (ví dụ kho lưu trữ của cơ quan). Thỉnh thoảng thử mở lại bản sao lưu để chắc nó dùng được.

### Báo cáo sự cố

Dấu hiệu: máy chậm bất thường, tệp bị đổi tên đuôi và không mở được, màn hình đòi tiền chuộc, tài khoản báo đăng nhập lạ, thư bị gửi đi mà bạn không gửi.

1. **Ngắt mạng** cho máy (rút cáp, tắt Wi-Fi).
2. Không tự xóa, cài lại máy; không trả tiền chuộc.
3. **Báo ngay** cho lãnh đạo và bộ phận công nghệ thông tin của cơ quan, để báo tiếp lên cơ quan chuyên trách về an toàn thông tin của tỉnh theo quy định.

### Ghi nhớ

- Dữ liệu cá nhân: đúng việc, đúng người, qua kênh công vụ.
- Cập nhật phần mềm; không cắm USB lạ, không cài phần mềm lạ.
- Sao lưu 3-2-1 và thử khôi phục.
- Sự cố: ngắt mạng, không tự xử lý, báo ngay.$md$);
INSERT INTO question (id, course_id, module_id, prompt, options, correct_option, explanation) VALUES
  ('0195a6b0-0000-7000-8003-000000002401', '0195a6b0-0000-7000-8000-000000000002', '0195a6b0-0000-7000-8001-000000000204',
   'Mật khẩu nào dưới đây an toàn nhất cho tài khoản công vụ?',
   '[{"id": "a", "text": "12345678"}, {"id": "b", "text": "Tên cơ quan viết liền kèm năm nay"}, {"id": "c", "text": "Ngày sinh của bạn"}, {"id": "d", "text": "Một cụm từ dài hơn 12 ký tự chỉ bạn biết, không dùng ở nơi khác"}]',
   'd', 'Mật khẩu dài, khó đoán và riêng cho từng hệ thống là an toàn nhất; ngày sinh, tên cơ quan dễ bị đoán.'),
  ('0195a6b0-0000-7000-8003-000000002402', '0195a6b0-0000-7000-8000-000000000002', '0195a6b0-0000-7000-8001-000000000204',
   'Xác thực hai lớp giúp bảo vệ tài khoản như thế nào?',
   '[{"id": "a", "text": "Thêm một bước xác nhận trên điện thoại của bạn, nên biết mật khẩu thôi là chưa đủ"}, {"id": "b", "text": "Cho phép hai người cùng dùng một tài khoản"}, {"id": "c", "text": "Làm mật khẩu tự đổi mỗi ngày"}, {"id": "d", "text": "Giúp đăng nhập không cần mật khẩu trên mọi máy"}]',
   'a', 'Kẻ gian biết mật khẩu mà không có điện thoại của bạn thì vẫn không đăng nhập được.'),
  ('0195a6b0-0000-7000-8003-000000002403', '0195a6b0-0000-7000-8000-000000000002', '0195a6b0-0000-7000-8001-000000000204',
   'Bạn rời bàn làm việc vài phút. Nên làm gì với máy tính?',
   '[{"id": "a", "text": "Để nguyên vì chỉ đi một lát"}, {"id": "b", "text": "Khóa màn hình, ví dụ nhấn phím Windows + L"}, {"id": "c", "text": "Tắt màn hình bằng nút nguồn của màn hình"}, {"id": "d", "text": "Nhờ người ngồi cạnh trông giúp"}]',
   'b', 'Khóa màn hình ngăn người khác dùng tài khoản đang mở của bạn; tắt màn hình không khóa máy.'),
  ('0195a6b0-0000-7000-8003-000000002404', '0195a6b0-0000-7000-8000-000000000002', '0195a6b0-0000-7000-8001-000000000204',
   'Bạn nhận thư: “Hộp thư của bạn sắp bị khóa, bấm vào đây để đăng nhập xác minh trong 30 phút”. Đây nhiều khả năng là gì?',
   '[{"id": "a", "text": "Thông báo bình thường của bộ phận kỹ thuật"}, {"id": "b", "text": "Thư của lãnh đạo cơ quan"}, {"id": "c", "text": "Thư giả mạo nhằm lấy mật khẩu"}, {"id": "d", "text": "Thư quảng cáo vô hại"}]',
   'c', 'Thúc giục kèm liên kết đến trang đăng nhập là dấu hiệu điển hình của thư giả mạo lấy mật khẩu.'),
  ('0195a6b0-0000-7000-8003-000000002405', '0195a6b0-0000-7000-8000-000000000002', '0195a6b0-0000-7000-8001-000000000204',
   'Thư mang tên lãnh đạo cơ quan nhờ bạn chuyển gấp một khoản tiền. Bạn nên làm gì trước tiên?',
   '[{"id": "a", "text": "Gọi lại cho lãnh đạo theo số điện thoại bạn đã biết để xác minh"}, {"id": "b", "text": "Chuyển tiền ngay vì lãnh đạo đang cần"}, {"id": "c", "text": "Trả lời thư để hỏi số tài khoản"}, {"id": "d", "text": "Chuyển thư cho đồng nghiệp nhờ chuyển tiền"}]',
   'a', 'Xác minh qua kênh bạn đã biết, không theo thông tin trong thư; kẻ gian hay giả danh lãnh đạo.'),
  ('0195a6b0-0000-7000-8003-000000002406', '0195a6b0-0000-7000-8000-000000000002', '0195a6b0-0000-7000-8001-000000000204',
   'Bạn lỡ nhập mật khẩu thư điện tử công vụ vào một trang lạ. Cần làm gì?',
   '[{"id": "a", "text": "Chờ xem có chuyện gì xảy ra không"}, {"id": "b", "text": "Xóa lịch sử trình duyệt là đủ"}, {"id": "c", "text": "Tắt máy và về nhà"}, {"id": "d", "text": "Đổi mật khẩu ngay ở mọi nơi dùng mật khẩu đó và báo bộ phận công nghệ thông tin"}]',
   'd', 'Đổi mật khẩu ngay khiến mật khẩu bị lộ không còn dùng được; báo sớm để bộ phận kỹ thuật kiểm tra.'),
  ('0195a6b0-0000-7000-8003-000000002407', '0195a6b0-0000-7000-8000-000000000002', '0195a6b0-0000-7000-8001-000000000204',
   'Nghị định 13/2023/NĐ-CP quy định về vấn đề gì?',
   '[{"id": "a", "text": "Công tác văn thư"}, {"id": "b", "text": "Bảo vệ dữ liệu cá nhân"}, {"id": "c", "text": "Chữ ký số chuyên dùng công vụ"}, {"id": "d", "text": "Thu phí, lệ phí trực tuyến"}]',
   'b', 'Nghị định 13/2023/NĐ-CP là nghị định về bảo vệ dữ liệu cá nhân.'),
  ('0195a6b0-0000-7000-8003-000000002408', '0195a6b0-0000-7000-8000-000000000002', '0195a6b0-0000-7000-8001-000000000204',
   'Bạn cần gửi danh sách người dân có số định danh cá nhân cho phòng chuyên môn. Cách nào đúng?',
   '[{"id": "a", "text": "Gửi qua kênh công vụ cho đúng người cần"}, {"id": "b", "text": "Đăng vào nhóm Zalo chung của thôn cho tiện"}, {"id": "c", "text": "Chụp màn hình gửi qua Facebook cá nhân"}, {"id": "d", "text": "In ra dán ở bảng tin"}]',
   'a', 'Dữ liệu cá nhân chỉ gửi đúng người, đúng việc, qua kênh công vụ, không đưa vào nhóm đông người hay mạng xã hội.'),
  ('0195a6b0-0000-7000-8003-000000002409', '0195a6b0-0000-7000-8000-000000000002', '0195a6b0-0000-7000-8001-000000000204',
   'Quy tắc sao lưu 3-2-1 là gì?',
   '[{"id": "a", "text": "Sao lưu 3 lần mỗi ngày, 2 lần mỗi tuần, 1 lần mỗi tháng"}, {"id": "b", "text": "3 người giữ mật khẩu, 2 máy tính, 1 ổ cứng"}, {"id": "c", "text": "3 bản dữ liệu, trên 2 loại thiết bị lưu trữ, 1 bản để ở nơi khác"}, {"id": "d", "text": "Giữ dữ liệu 3 năm, 2 tháng, 1 ngày rồi xóa"}]',
   'c', '3 bản, 2 loại thiết bị, 1 bản ở nơi khác giúp dữ liệu còn nguyên khi một nơi bị hỏng hay bị mã độc.'),
  ('0195a6b0-0000-7000-8003-000000002410', '0195a6b0-0000-7000-8000-000000000002', '0195a6b0-0000-7000-8001-000000000204',
   'Máy tính hiện thông báo tài liệu đã bị mã hóa và đòi tiền chuộc. Bạn nên làm gì?',
   '[{"id": "a", "text": "Trả tiền để lấy lại dữ liệu cho nhanh"}, {"id": "b", "text": "Ngắt mạng cho máy và báo ngay lãnh đạo, bộ phận công nghệ thông tin"}, {"id": "c", "text": "Tự cài lại máy rồi không báo ai"}, {"id": "d", "text": "Cắm USB vào để chép dữ liệu ra"}]',
   'b', 'Ngắt mạng để mã độc không lan sang máy khác, không tự xử lý, báo ngay để sự cố được ứng cứu đúng quy trình.');

SELECT renumber_lessons('0195a6b0-0000-7000-8000-000000000002');

-- Second in the public servants' path; the path still certifies with the first course.
INSERT INTO learning_path_course (path_id, course_id, position)
VALUES ('0195a6b0-0000-7000-8000-0000000000b1', '0195a6b0-0000-7000-8000-000000000002', 2);
