# wizard: 界面文字（简体中文）。Fluent 格式，键与 en/wizard.ftl 相同。

## 页脚按键提示：按键（原样保留）加一两个词。
wizard-hint-move = ↑↓ 移动
wizard-hint-scroll = ↑↓ 滚动
wizard-hint-choose = Enter 选择
wizard-hint-pick = 1–9 直选
wizard-hint-go-on = Enter 继续
wizard-hint-item = Tab 下一项
wizard-hint-tick = Space 勾选
wizard-hint-report = e 报告
wizard-hint-facts = f 案例信息
wizard-hint-copy = y 复制
wizard-hint-back = b 返回
wizard-hint-restart = r 重新开始
wizard-hint-help = ? 帮助
wizard-hint-quit = q 退出
wizard-hint-sections = s 章节
wizard-hint-search = / 搜索
wizard-hint-section = ↑↓ 章节
wizard-hint-go-number = 1–9 跳转
wizard-hint-go = Enter 跳转
wizard-hint-close = Esc 关闭
wizard-hint-find = Enter 查找
wizard-hint-cancel = Esc 取消
wizard-hint-yes = y 是
wizard-hint-no = n 否
wizard-hint-field = ↑↓ 字段
wizard-hint-edit = Enter 编辑
wizard-hint-clear = x 清除
wizard-hint-keep = Enter 保留
wizard-hint-continue = Enter 继续
wizard-hint-stop = q 停止
wizard-hint-close-card = Enter 关闭
wizard-hint-task = ↑↓ 任务
wizard-hint-pass = p 通过
wizard-hint-fail = f 失败
wizard-hint-skip = s 跳过
wizard-hint-note = n 备注
wizard-hint-done = d 完成

## 帮助窗口：按键的作用。
wizard-key-option-up = 选择上一个选项
wizard-key-option-down = 选择下一个选项
wizard-key-scroll-up = 向上滚动
wizard-key-scroll-down = 向下滚动
wizard-key-page-up = 向上翻一页
wizard-key-page-down = 向下翻一页
wizard-key-question-page-up = 向上滚动较长的问题（小窗口）
wizard-key-question-page-down = 向下滚动较长的问题及其选项（小窗口）
wizard-key-top = 转到顶部
wizard-key-bottom = 转到底部
wizard-key-choose = 确认所选答案
wizard-key-pick = 直接选择答案 1 到 9
wizard-key-way-on = 结果页提供后续路径（“这没有用”）时：选择路径 1 到 9
wizard-key-go-on = 继续下一步
wizard-key-next-item = 聚焦下一个清单项
wizard-key-prev-item = 聚焦上一个清单项
wizard-key-tick = 勾选或取消勾选所聚焦的清单项
wizard-key-report = 写出会话报告（Markdown）并告诉你位置
wizard-key-facts = 供 Microsoft 支持部门使用的案例信息（租户、登录名、错误代码）；切勿输入机密
wizard-key-copy-outcome = 将整个结果以文本形式复制到剪贴板（OSC 52）
wizard-key-copy-step = 将此步骤以文本形式复制到剪贴板（OSC 52）
wizard-key-present = 协助者的演示视图：节点 ID、路径代码、要朗读的内容
wizard-key-back = 返回上一步（可多次返回）
wizard-key-restart = 从第一个问题重新开始（会先确认）
wizard-key-help = 显示此帮助以及我们为何询问此问题
wizard-key-quit = 退出（会先确认；会话已保存）
wizard-key-sections = 章节索引：步骤、要说的话、提前准备、清单、来源（然后按 1–9 或 Enter）
wizard-key-next-section = 跳到下一章节
wizard-key-prev-section = 跳到上一章节
wizard-key-help-next = 跳到帮助的下一部分：我们为何询问、来源、关于
wizard-key-help-prev = 跳到帮助的上一部分
wizard-key-sources = 打开 [1] 等标记所指的编号来源
wizard-key-search = 搜索此页；n 和 N 转到下一个和上一个匹配项；Esc 清除搜索
wizard-key-next-match = 下一个匹配项
wizard-key-prev-match = 上一个匹配项
wizard-key-section-up = 选择上一个章节
wizard-key-section-down = 选择下一个章节
wizard-key-section-pick = 直接转到章节 1 到 9
wizard-key-section-go = 转到所选章节
wizard-key-close-index = 关闭索引
wizard-key-close-sources = 关闭来源
wizard-key-find = 从此处查找第一个匹配项
wizard-key-stop-search = 停止搜索
wizard-key-delete = 删除最后一个字符
wizard-key-type-search = 输入要查找的内容（不区分大小写）
wizard-key-close-help = 关闭此帮助
wizard-key-yes = 是
wizard-key-no = 否
wizard-key-field-up = 选择上一个字段
wizard-key-field-down = 选择下一个字段
wizard-key-edit-fact = 输入所选信息
wizard-key-clear-fact = 清除所选信息
wizard-key-close-form = 关闭表单
wizard-key-keep-fact = 检查格式并保留
wizard-key-cancel-fact = 停止输入并保留原值
wizard-key-type-fact = 输入信息（切勿输入密码或验证码）
wizard-key-card-close = 关闭此卡片并继续（关闭最后一张卡片时开始计时）
wizard-key-drill-stop = 停止演练（会先确认；目前的进度已保存）
wizard-key-closing-close = 关闭此卡片（复盘之后演练结束并写出报告）
wizard-key-task-up = 选择上一个任务
wizard-key-task-down = 选择下一个任务
wizard-key-pass = 将任务标记为通过（已满足通过条件）
wizard-key-fail = 将任务标记为失败
wizard-key-skip = 将任务标记为跳过（本次未做）
wizard-key-note = 为任务写备注（发生了什么；切勿写入机密）
wizard-key-finish = 结束演练并评分（仍有未标记的任务时会拒绝：请标记，s 跳过）
wizard-key-tasks-help = 显示此帮助
wizard-key-drill-stop-early = 提前停止演练（会先确认；目前的进度已保存）
wizard-key-keep-note = 保留备注（看起来像机密时会拒绝）
wizard-key-cancel-note = 停止输入并保留原备注
wizard-key-type-note = 输入备注（切勿输入密码、验证码或密钥）
wizard-key-force-quit = 立即退出，不再确认
wizard-key-letters = 字母键

## 页眉
wizard-progress-question = 问题 { $number } · { $left }
wizard-progress-note = 说明 · { $left }
wizard-progress-outcome = 结果
wizard-left-end = 结束
wizard-left-exact = 还剩 { $count } 个
wizard-left-range = 还剩 { $min }–{ $max } 个
wizard-left-open = 还剩 { $min }+ 个
wizard-header-not-saved = 未保存：请看下方消息
wizard-header-path-code = 路径代码 { $code }
wizard-header-node = 节点 { $id }
wizard-header-path-code-short = 路径代码 { $code }
wizard-header-promise = 审阅于 { $reviewed } · 从不索要密码或验证码 · 离线运行

## 覆盖窗口
wizard-panel-close = 关闭
wizard-help-title = 帮助
wizard-help-keys = 按键
wizard-help-why-after = 按键说明之后是“我们为何询问”：按 ] 跳到那里。
wizard-help-why = 我们为何询问，以及如何判断
wizard-help-about = 关于
wizard-help-promise = breakglass 从不索要密码、验证码、恢复密钥或令牌，也从不使用网络。这些内容只应在 Microsoft 自己的登录页面上输入。
wizard-help-playbook = Playbook：{ $title }（{ $id }，版本 { $version }，审阅于 { $reviewed }）。
wizard-sections-title = 章节
wizard-sources = 来源
wizard-sources-side = 来源 (o)

## 问题页面
wizard-question-why = 我们为何询问
wizard-question-not-sure = 不确定？按
wizard-question-why-and-how = 查看我们为何询问以及如何判断。
wizard-question-read = 读给对方听：
wizard-question-say = 说：
wizard-question-told = 目前已知：{ $facts }

## 说明页面：“按 Enter 继续。”
wizard-info-press = 按
wizard-info-to-go-on = 继续。

## 结果页面
wizard-section-top = 开头
wizard-section-say = 要说的话（第 { $step } 步）
wizard-outcome-who = 由谁操作：
wizard-outcome-preview = 要说的话（第 { $step } 步），开头是：
wizard-outcome-steps = 步骤
wizard-outcome-say = 要说的话：
wizard-outcome-say-aloud = 请大声读出：
wizard-outcome-say-english = 英文原文（对方读英文时使用）：
wizard-outcome-caution = 注意：
wizard-outcome-prepare = 提前准备
wizard-outcome-expect = 预期情况
wizard-outcome-next = 接下来怎么办？
wizard-outcome-ways-one = 按 1 从这里继续。
wizard-outcome-ways = 按 1–{ $count } 从这里继续。
wizard-outcome-why = 原因：{ $why }
wizard-outcome-told = 对方告诉 breakglass 的情况
wizard-outcome-not-asked = （未询问）
wizard-outcome-sources-note = { $count } 个来源，编号与上文的 [1] 等标记对应：按 o 打开列表。
wizard-outcome-whole = 关于整个结果，请参阅 { $refs }。

## 确认窗口（最宽 50 列）
wizard-confirm-yes = 是
wizard-confirm-no = 否
wizard-confirm-restart-title = 重新开始？
wizard-confirm-restart = 回到第一个问题？目前的答案会被丢弃；已勾选的清单项保持勾选。
wizard-confirm-reopen-title = 重新打开？
wizard-confirm-reopen = 重新打开上次的会话？
wizard-confirm-reopen-yes = 重新打开
wizard-confirm-resume-title = 继续？
wizard-confirm-resume = 继续未完成的会话？
wizard-confirm-resume-yes = 继续
wizard-confirm-afresh = 重新开始
wizard-confirm-drill-title = 停止演练？
wizard-confirm-drill = 现在停止演练？目前的进度已保存，并按提前停止计分。
wizard-confirm-quit-title = 退出？
wizard-confirm-quit-saved = 现在退出 breakglass？会话已保存；`breakglass sessions` 会列出它。
wizard-confirm-quit-nothing = 现在退出 breakglass？尚未保存任何内容：还没有可保留的答案。
wizard-confirm-quit-unkept = 现在退出 breakglass？此会话不会保存到磁盘。
wizard-offer = 你有此 playbook 的一个未完成会话，最后更改于 { $when }：{ $count } 个答案（{ $answers }）。
wizard-offer-changed = 此后 playbook 已更改；不再适用的答案会被丢弃。
wizard-offer-resume = 继续该会话？

## 案例信息表单
wizard-facts-title = 供 Microsoft 支持部门使用的案例信息
wizard-facts-warning = 切勿在此输入密码、验证码、恢复密钥或令牌：这些内容只应在 Microsoft 自己的页面上输入。这些信息保存在这台计算机上的会话文件中（分享报告时，`breakglass report --redact` 会隐藏它们）。
wizard-facts-warning-short = 切勿在此输入密码或验证码。
wizard-facts-not-given = （未填写）
wizard-facts-example = 例如 { $example }
wizard-facts-not-kept = 未保留：{ $reason }。
wizard-facts-unsaved = 案例信息只保留在已保存的会话中。

## 页脚消息
wizard-status-restarted = 已从第一个问题重新开始。
wizard-status-no-answer = 没有答案 { $number }。
wizard-status-search-cleared = 已清除搜索。
wizard-status-nothing-back = 这是第一个问题；没有可返回的步骤。
wizard-status-already-first = 你已经在第一个问题了。
wizard-status-present-on = 演示视图：节点 ID、路径代码和要朗读的内容。按 p 退出。
wizard-status-present-off = 已关闭演示视图。
wizard-status-copied-question = 已通过 OSC 52 复制此问题。如果无法粘贴，请按 e 生成报告。
wizard-status-copied-note = 已通过 OSC 52 复制此说明。如果无法粘贴，请按 e 生成报告。
wizard-status-copied-outcome = 已通过 OSC 52 复制此结果。如果无法粘贴，请按 e 生成报告。
wizard-status-no-way-on = 此结果是流程的终点：没有后续路径。
wizard-status-no-such-way = 没有后续路径 { $number }。
wizard-status-no-checklist = 此结果没有清单。
wizard-status-ticked = 已勾选。
wizard-status-unticked = 已取消勾选。
wizard-status-no-sections = 此页没有章节。
wizard-status-last-section = 这是最后一个章节。
wizard-status-first-section = 这是第一个章节。
wizard-status-no-sources = 此页没有引用来源。
wizard-status-no-section = 没有章节 { $number }。
wizard-status-search-stopped = 已停止搜索。
wizard-status-no-match = 没有与“{ $query }”匹配的内容。
wizard-status-search = 搜索：{ $query }▏
wizard-status-last-part = 这是帮助的最后一部分。
wizard-status-first-part = 这是帮助的第一部分。
wizard-status-search-first = 请先按 / 搜索。
wizard-status-match = “{ $query }”：第 { $number } 个匹配，共 { $count } 个（n 下一个，N 上一个）
wizard-status-not-saved = 未保存：{ $reason }（{ $path }）。已保留在内存中；每一步都会重试。
wizard-status-resume-failed = { $error }。改为重新开始。
wizard-status-resumed = 已从上次离开的地方继续。
wizard-status-afresh = 重新开始。之前的会话 { $id } 仍然保存着（breakglass sessions）。
wizard-status-report-unkept = 此会话未保存，因此没有可写的报告。
wizard-status-report-no-directory = 没有数据目录：保存后请使用 `breakglass report`。
wizard-status-report-written = 报告已写入 { $path }
wizard-status-report-failed = 报告未写入：{ $error }

## 小窗口
wizard-small-larger = 请把窗口调大
wizard-small-paused = 按键已暂停；按 q 退出
wizard-small-size = （至少 { $min_width }×{ $min_height }，当前 { $width }×{ $height }）

## 向导无法启动的原因
wizard-no-terminal-stdin = 标准输入不是终端
wizard-no-terminal-stdout = 标准输出不是终端
wizard-no-terminal-dumb = TERM 设置为 dumb
