"""Vietnamese for Gradio's own strings (login, upload, chat buttons, errors…), through Gradio's i18n.

Gradio ships no Vietnamese and picks its locale from the browser among the languages it ships, so the page script
(``web/page.py``) registers this dictionary and switches Gradio's locale to ``vi`` whatever the browser says; the
same dictionary is attached to every Blocks (``gr.I18n``) so the translations travel with the app's config. A few
strings Gradio writes without a translation key (the "connection lost" notice, toast titles) are in ``LITERALS``.
"""
from __future__ import annotations

import gradio as gr

VI: dict[str, dict[str, str]] = {
    "blocks": {
        "connection_can_break": "Trên điện thoại, kết nối có thể bị ngắt nếu chuyển sang thẻ khác hoặc máy ngủ; "
                                "khi đó câu hỏi đang chờ sẽ mất lượt.",
        "long_requests_queue": "Đang có nhiều yêu cầu chờ xử lý, vui lòng đợi.",
        "lost_connection": "Mất kết nối do rời trang. Đang vào lại hàng chờ…",
        "waiting_for_inputs": "Đang chờ tải tệp lên xong, vui lòng thử lại.",
    },
    "chatbot": {
        "edit": "Sửa", "retry": "Hỏi lại", "undo": "Hoàn tác", "submit": "Gửi", "cancel": "Hủy",
        "like": "Câu trả lời hữu ích", "dislike": "Câu trả lời chưa đúng", "clear": "Xóa",
        "complete": "Xong", "copy_message": "Sao chép", "copied_message": "Đã sao chép",
    },
    "chat_interface": {
        "new_chat": "Hội thoại mới", "message_placeholder": "Nhập câu hỏi…", "additional_inputs": "Tùy chọn thêm",
        "chatbot": "Hội thoại", "conversation": "Hội thoại",
    },
    "checkbox": {"checkbox": "Ô chọn", "checkbox_group": "Nhóm ô chọn"},
    "common": {
        "built_with": "xây dựng bằng", "built_with_gradio": "Xây dựng bằng Gradio", "clear": "Xóa",
        "download": "Tải về", "download_all": "Tải tất cả", "edit": "Sửa", "empty": "Trống", "error": "Lỗi",
        "hosted_on": "Đặt tại", "loading": "Đang tải", "logo": "biểu trưng", "or": "hoặc", "remove": "Gỡ bỏ",
        "runs": "Lượt chạy", "runs_description": "Xem các lượt chạy đã lưu trong trình duyệt",
        "back_to_app": "Ứng dụng", "back_to_app_description": "Quay lại ứng dụng", "settings": "Cài đặt",
        "share": "Chia sẻ", "submit": "Gửi", "undo": "Hoàn tác", "no_devices": "Không tìm thấy thiết bị",
        "language": "Ngôn ngữ", "display_theme": "Giao diện", "pwa": "Ứng dụng web", "progress": "Tiến độ",
        "record": "Ghi", "stop_recording": "Dừng ghi", "run": "Chạy",
    },
    "dataframe": {
        "incorrect_format": "Sai định dạng, chỉ nhận tệp CSV và TSV", "new_column": "Thêm cột",
        "new_row": "Thêm dòng", "add_row_above": "Thêm dòng phía trên", "add_row_below": "Thêm dòng phía dưới",
        "delete_row": "Xóa dòng", "delete_column": "Xóa cột", "add_column_left": "Thêm cột bên trái",
        "add_column_right": "Thêm cột bên phải", "sort_column": "Sắp xếp cột", "sort_ascending": "Sắp xếp tăng dần",
        "sort_descending": "Sắp xếp giảm dần", "clear_sort": "Bỏ sắp xếp", "filter": "Lọc", "clear_filter": "Bỏ lọc",
        "drop_to_upload": "Thả tệp CSV hoặc TSV vào đây để nhập dữ liệu",
    },
    "dropdown": {"dropdown": "Danh sách chọn"},
    "errors": {
        "build_error": "có lỗi khi dựng ứng dụng", "config_error": "có lỗi cấu hình",
        "contact_page_author": "Vui lòng báo cho người quản trị trang.", "no_app_file": "không có tệp ứng dụng",
        "runtime_error": "có lỗi khi chạy", "space_not_working": "Ứng dụng không hoạt động vì {0}",
        "space_paused": "ứng dụng đang tạm dừng", "use_via_api": "Dùng qua API",
        "use_via_api_or_mcp": "Dùng qua API hoặc MCP",
    },
    "file": {"uploading": "Đang tải lên…"},
    "label": {"label": "Nhãn"},
    "login": {
        "enable_cookies": "Cần bật cookie của trình duyệt để đăng nhập.",
        "incorrect_credentials": "Sai tên đăng nhập hoặc mật khẩu", "username": "Tên đăng nhập",
        "password": "Mật khẩu", "login": "Đăng nhập",
    },
    "number": {"number": "Số"},
    "plot": {"plot": "Biểu đồ"},
    "radio": {"radio": "Lựa chọn"},
    "slider": {"slider": "Thanh trượt"},
    "status": {"queue_position": "Đang chờ: {position}/{size}"},
    "upload_text": {
        "click_to_upload": "Bấm để chọn tệp", "drop_audio": "Thả tệp âm thanh vào đây",
        "drop_csv": "Thả tệp CSV vào đây", "drop_file": "Thả tệp vào đây", "drop_image": "Thả ảnh vào đây",
        "drop_video": "Thả video vào đây", "drop_gallery": "Thả tệp vào đây", "paste_clipboard": "Dán từ bộ nhớ tạm",
    },
}

# Strings Gradio's frontend writes without a translation key: replaced where they appear (notices, toasts).
LITERALS: dict[str, str] = {
    "Connection to the server was lost. Attempting reconnection...":
        "Mất kết nối tới máy chủ. Đang thử kết nối lại…",
    "Connection Lost": "Mất kết nối",
    "Error": "Lỗi",
    "Warning": "Cảnh báo",
    "Info": "Thông báo",
    "Success": "Thành công",
    "Loading...": "Đang tải…",
    "Close": "Đóng",
    # aria-labels of Gradio's own controls
    "More tabs": "Các thẻ khác",
    "Scroll down": "Cuộn xuống",
    "Clear": "Xóa",
    "Copy": "Sao chép",
    "Copied": "Đã sao chép",
    "Copy all messages": "Sao chép cả hội thoại",
    "Download": "Tải về",
    "Upload a file": "Tải tệp lên",
    "Upload file": "Tải tệp lên",
    "Uploaded files": "Các tệp đã tải lên",
    "Uploading": "Đang tải lên",
    "Remove this file": "Gỡ tệp này",
    "Remove file": "Gỡ tệp",
    "Table actions": "Thao tác với bảng",
    "Open cell menu": "Mở trình đơn ô",
    "Loading response": "Đang trả lời",
    "Submit": "Gửi",
    "Stop": "Dừng",
    "View full screen": "Xem toàn màn hình",
    "Like": "Câu trả lời hữu ích",
    "Dislike": "Câu trả lời chưa đúng",
}


def i18n() -> gr.I18n:
    return gr.I18n(vi=VI)  # nested like Gradio's own dictionaries: {"login": {"login": "Đăng nhập"}, …}


def attach(blocks: gr.Blocks) -> gr.Blocks:
    """Carry the Vietnamese dictionary in the app's config (mount_gradio_app keeps it unless given another)."""
    blocks.i18n_instance = i18n()
    return blocks
