/* binary-trees: the same algorithm as binarytrees.cs, for comparison (malloc/free per node). */
#include <stdio.h>
#include <stdlib.h>

typedef struct Node { struct Node *left, *right; } Node;

static Node *build(int depth) {
    Node *n = malloc(sizeof(Node));
    if (depth == 0) {
        n->left = n->right = NULL;
    } else {
        n->left = build(depth - 1);
        n->right = build(depth - 1);
    }
    return n;
}

static int check(const Node *n) { return n->left == NULL ? 1 : 1 + check(n->left) + check(n->right); }

static void release(Node *n) {
    if (n->left != NULL) {
        release(n->left);
        release(n->right);
    }
    free(n);
}

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 10;
    int max_depth = n > 6 ? n : 6;
    int stretch = max_depth + 1;
    Node *s = build(stretch);
    printf("stretch tree of depth %d\t check: %d\n", stretch, check(s));
    release(s);
    Node *long_lived = build(max_depth);
    for (int depth = 4; depth <= max_depth; depth += 2) {
        int iterations = 1 << (max_depth - depth + 4);
        int c = 0;
        for (int i = 0; i < iterations; i++) {
            Node *t = build(depth);
            c += check(t);
            release(t);
        }
        printf("%d\t trees of depth %d\t check: %d\n", iterations, depth, c);
    }
    printf("long lived tree of depth %d\t check: %d\n", max_depth, check(long_lived));
    release(long_lived);
    return 0;
}
