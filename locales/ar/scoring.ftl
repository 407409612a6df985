# Sealed session files (the CLI's session key).
error-session-key = تعذّر استخدام المفتاح الذي يحمي الجلسات المحفوظة ({ $path }): { $reason }
error-session-key-damaged = ملف المفتاح تالف؛ احذفه لإنشاء ملف جديد (لن يمكن بعد ذلك استئناف الجلسات المحفوظة بالمفتاح القديم)
error-no-data-folder = لا يوجد مجلد بيانات لحساب المستخدم هذا (عيّن HOME أو XDG_DATA_HOME)
session-seal-hint = لا يمكن استئناف الجلسة المحفوظة إلا دون تغيير، ومن حساب المستخدم الذي حفظها فقط.
