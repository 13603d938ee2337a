# plain: 界面文字（简体中文）。Fluent 格式，键与 en/plain.ftl 相同。
# 纯文本模式（breakglass --plain）：供屏幕阅读器和管道使用，逐行朗读，不用图形符号。

## 提示（程序会在后面加一个空格）。
plain-prompt-question = 输入 1 到 { $count } 作答，或 b 返回，r 重新开始，? 帮助，q 退出：
plain-prompt-info = 按 Enter 继续，或 b 返回，q 退出：
plain-prompt-outcome-options = 如果这样没有解决，输入 1 到 { $count } 继续。也可以 b 返回，r 重新开始，t 加编号勾选清单项，e 报告，f 案例信息，q 退出：
plain-prompt-outcome-end = 这条路径到此结束。输入 b 返回，r 重新开始，t 加编号勾选清单项，e 报告，f 案例信息，或 q 退出：

## 命令的回应。
plain-stopped-ctrl-c = 已停止 (Ctrl-C)。
plain-end-of-input = 输入在得出结果前结束。停在：{ $heading }
plain-quitting = 正在退出。
plain-back-at-first = 这是第一个问题，无法再返回。
plain-restarted = 已从第一个问题重新开始。
plain-sections-not-here = 章节只在结果页上。输入 a 再听一遍这个问题。
plain-steps-not-here = 只有结果页才有步骤；在这里，输入 a 再听一遍这个问题。
plain-no-such-answer = 没有答案 { $number }。请输入 1 到 { $count } 之间的数字。
plain-not-understood = 无法理解“{ $line }”。请输入 1 到 { $count } 之间的数字，或 b、r、?、q。
plain-no-such-way = 没有后续路径 { $line }。请输入 1 到 { $count }。
plain-info-help = 按 Enter 继续，或输入 b 返回。
plain-item-ticked = 已勾选第 { $number } 项。
plain-item-unticked = 已取消勾选第 { $number } 项。
plain-tick-help = 输入 t 加 1 到 { $count } 的项目编号来勾选，或 b、r、e、f、q。

## 启动时提供之前的会话。
plain-offer-reopen = 输入 y 重新打开它，或输入 n 从头开始：
plain-offer-unfinished = 你有这个 playbook 的一个未完成会话，最后修改于 { $when }，已有 { $count } 个回答。
plain-offer-resume = 要继续吗？输入 y 继续，或输入 n 从头开始：
plain-offer-failed = { $error }。改为从头开始。
plain-resumed = 已从上次离开的地方继续。
plain-afresh = 从头开始；之前的会话 { $id } 仍然保存着。

## 案例信息 (f) 和报告 (e)。
plain-facts-unsaved = 只有已保存的会话才能记录案例信息。
plain-facts-intro = 供 Microsoft 支持部门使用的案例信息。切勿在此输入密码、验证码或恢复密钥。按 Enter 跳过某项。
plain-fact-prompt = { $label }（例如 { $example }）：
plain-fact-kept = 已记录。
plain-fact-refused = 未记录：{ $error }。请重新输入，或按 Enter 跳过。
plain-report-unsaved = 这个会话没有保存，因此无法写出报告。
plain-report-no-store = 没有可写入报告的数据目录。
plain-report-written = 报告已写入 { $path }
plain-report-failed = 报告未写入：{ $error }
plain-save-failed = 警告：无法保存此会话：{ $error }。它暂存在内存中，下一步时会再次保存。
plain-save-works-again = 会话已重新保存。

## 问题。
plain-question = 第 { $number } 个问题。
plain-question-left = 第 { $number } 个问题。{ $left }。
plain-left-exact = 还剩 { $count } 个问题
plain-left-range = 还剩 { $min } 到 { $max } 个问题
plain-left-at-least = 至少还剩 { $min } 个问题
plain-question-has-help = 输入 ? 了解为什么问这个问题以及如何判断。
plain-help-why = 为什么问这个问题，以及如何判断：
plain-help-commands = 命令：数字选择对应的答案；b 返回上一步；r 重新开始；c 读出路径代码；a 重复问题；l 列出结果页的各章节；s 加编号重读该步骤；e 写出报告；f 添加案例信息；q 退出。breakglass 绝不会向你索要密码或验证码。

## 说明。
plain-note = 说明：{ $title }
plain-note-go-on = 按 Enter 继续。

## 结果。
plain-outcome = 结果：{ $kind }。
plain-who-acts = 由谁操作：{ $who }
plain-steps-heading = 步骤，共 { $count } 步。
plain-step = 第 { $number } 步。{ $text }
plain-say-this = 要说的话：{ $text }
plain-say-english = 英文原文（对方读英文时使用）：{ $text }
plain-caution = 注意：{ $text }
plain-have-ready = 提前准备：
plain-expect = 预期情况：{ $text }
plain-checklist = 清单：{ $title }。
plain-item-done = 第 { $number } 项，已完成：{ $text }
plain-item-not-done = 第 { $number } 项，未完成：{ $text }
plain-why = 原因：{ $text }
plain-sources = 来源：
plain-source = 来源 { $number }：{ $title }，{ $kind }。
plain-cite-one = （来源 { $number }）
plain-cite-many = （来源 { $numbers } 和 { $last }）
plain-list-separator = 、
plain-what-next = 接下来怎么办？
plain-no-such-step = 没有第 { $number } 步：这个结果共有 { $count } 步。请输入 s 加 1 到 { $count } 的数字。

## 结果页的各节 (l)。
plain-sections = 这个结果共有 { $count } 个章节：
plain-section-summary = 摘要
plain-section-steps = 步骤，共 { $count } 步
plain-section-prepare = 提前准备
plain-section-expect = 预期情况
plain-section-checklist = 清单：{ $title }
plain-section-sources = 来源，共 { $count } 个
plain-section-next = 接下来怎么办
plain-section-item = { $number }. { $name }。
plain-sections-help = 输入 s 加编号再听一遍该步骤，或输入 a 再听一遍整页。

## 路径代码。
plain-code-full = 路径代码：{ $code }。协助你的人可以用以下命令打开这个位置：breakglass --at { $code }
plain-code-short = 路径代码：{ $code }。
