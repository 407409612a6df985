# Descriptions of the pictures items show as their stimulus, for screen readers (the device
# reads them; they are not recorded audio clips). Id: picture-<folder>-<name>-alt.
# Machine-drafted.

picture-icons-battery-low-alt = 快没电的手机电池
picture-icons-chat-app-badge-alt = 聊天应用图标，带一个红色小圆圈和数字 3
picture-screens-android-settings-alt = 手机的设置列表
picture-screens-app-permissions-photo-alt = 照片编辑应用的权限
picture-screens-app-permissions-alt = 视频通话应用的权限
picture-screens-bank-app-alt = 银行应用的主屏幕
picture-screens-browser-page-alt = 在浏览器中打开的网页
picture-screens-camera-app-alt = 相机应用，准备拍照
picture-screens-course-page-alt = 在线课程的页面
picture-screens-email-open-alt = 手机上打开的一封学校邮件
picture-screens-form-required-alt = 需要填写的表格
picture-screens-gallery-edit-alt = 在相册中打开的一张信件照片
picture-screens-hydro-bill-alt = 电费账单
picture-screens-incoming-call-alt = 手机来电
picture-screens-job-bank-search-alt = 求职网站
picture-screens-job-posting-alt = 网站上的招聘信息
picture-screens-keyboard-alt = 打开键盘的聊天
picture-screens-maps-app-alt = 地图应用
picture-screens-mock-camera-alt = 对准一封信的练习相机
picture-screens-mock-form-alt = 练习表格
picture-screens-mock-job-site-alt = 练习求职网站
picture-screens-mock-password-manager-alt = 练习密码管理器
picture-screens-mock-portfolio-alt = 练习职业资料网站
picture-screens-mock-social-alt = 有侮辱性消息的练习聊天应用
picture-screens-mock-telehealth-alt = 练习诊所应用
picture-screens-mock-word-processor-alt = 带简历的练习文字处理软件
picture-screens-notifications-alt = 通知列表
picture-screens-permission-popup-alt = 应用请求权限
picture-screens-phishing-email-alt = 关于您银行账户的邮件
picture-screens-phone-home-alt = 手机主屏幕
picture-screens-phone-outline-alt = 智能手机的图画
picture-screens-quick-settings-alt = 快捷设置按钮
picture-screens-school-portal-alt = 面向家长的学校网站
picture-screens-screen-time-alt = 平板电脑的设置列表
picture-screens-search-results-alt = 网上的搜索结果
picture-screens-security-activity-alt = 电子邮件账户的最近登录记录
picture-screens-settings-display-alt = 显示设置
picture-screens-sign-in-alt = 登录页面
picture-screens-sms-code-alt = 带验证码的短信
picture-screens-spreadsheet-costs-alt = 每月开支的电子表格
picture-screens-upload-form-alt = 可上传文件的在线表格
picture-screens-video-call-camera-off-alt = 手机上的视频通话
picture-screens-video-meeting-alt = 手机上的在线课程
picture-screens-word-processor-alt = 文字处理软件中的文档
